import type { Metadata } from "next";
import Link from "next/link";
import { PageTitle } from "@/components/ui/page-title";

export const metadata: Metadata = {
  title: "How it works",
  description: "How Parallax cleans, aligns and compares articles, and what its figures mean.",
  alternates: { canonical: "/about" },
};

const steps: { title: string; body: string }[] = [
  {
    title: "1. Clean the page",
    body: "Articles are stored exactly as received, with the page around them. General rules remove navigation, date lines, photo captions, inserted headlines, promotions and embedded posts; every removal is listed on the article's page with its reason, so nothing disappears silently.",
  },
  {
    title: "2. Split into sentences",
    body: "The wink-nlp library splits paragraphs into sentences and words. It keeps “U.S.”, “Mr.” and “Sept. 28” inside a sentence, which simpler splitters get wrong.",
  },
  {
    title: "3. Line up the facts",
    body: "Sentences from different outlets that report the same thing are grouped into facts, by weighted overlap of their content words, names and numbers. Each pairing keeps its score and the words it rests on, so you can see why two sentences were matched. A fact only one outlet reports is kept: that is how omissions show.",
  },
  {
    title: "4. Find shared text and quotes",
    body: "Passages that two articles share word for word (wire copy, reprints) are found with word shingles. Quotes are found with their speakers and grouped across outlets; each printing is marked verbatim or altered, with a word-by-word diff.",
  },
  {
    title: "5. Who blames whom, in whose voice",
    body: "Statements in which one actor holds another responsible are extracted with the accuser, the accused and the cue words, and each is marked as stated in the outlet's own voice, attributed to a source, or distanced (“claimed”, scare quotes).",
  },
];

export default function AboutPage() {
  return (
    <>
      <PageTitle kicker="Method" lead="Every figure in Parallax comes from the article texts by rules you can inspect. Nothing is scored by hand, and nothing is hidden.">
        How Parallax works
      </PageTitle>
      <ol className="max-w-3xl space-y-6">
        {steps.map((step) => (
          <li key={step.title}>
            <h2 className="text-lg font-semibold">{step.title}</h2>
            <p className="mt-1 leading-relaxed text-muted">{step.body}</p>
          </li>
        ))}
      </ol>
      <section className="mt-10 max-w-3xl" aria-labelledby="limits-heading">
        <h2 id="limits-heading" className="text-lg font-semibold">
          Limits
        </h2>
        <p className="mt-1 leading-relaxed text-muted">
          Parallax compares wording; it does not judge which outlet is right. Automatic extraction makes mistakes: every
          chart links to the sentences behind it so that you can check. The measured accuracy of each step is published
          in the project&apos;s <code>docs/quality.md</code>, with the command that produced it.
        </p>
        <p className="mt-3">
          <Link href="/" className="text-accent underline">
            Back to the stories
          </Link>
        </p>
      </section>
    </>
  );
}
