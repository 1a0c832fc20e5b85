import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EvidenceEntries } from "@/components/evidence/evidence-entries";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Notes } from "@/components/ui/notes";
import { getStory } from "@/lib/content";
import { getStoryAnalysis } from "@/lib/content/analysis";
import { plural } from "@/lib/format";
import { storyEvidence } from "@/lib/views/story-evidence";
import { evidenceHash, evidencePageHref, keyFromHash } from "@/lib/views/evidence";

interface Props {
  params: Promise<{ slug: string; key: string }>;
}

const sections: Record<string, { id: string; label: string }> = {
  b: { id: "blame", label: "Who each outlet shows blaming whom" },
  v: { id: "voices", label: "Whom each outlet quotes" },
  w: { id: "word-choice", label: "The words each outlet chooses" },
};

async function load({ params }: Props) {
  const { slug, key: raw } = await params;
  const story = getStory(slug);
  const analysis = getStoryAnalysis(slug);
  if (!story || !analysis) return null;
  // The same check as the hash on the story page: anything malformed is simply not found.
  const key = keyFromHash(`#evidence=${raw}`);
  const index = storyEvidence(analysis);
  const group = key ? index.groups[key] : undefined;
  const section = sections[key?.[0] ?? ""] ?? {
    id: "blame",
    label: "Blame, voices and word choice",
  };
  return { story, key, group, index, section };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const data = await load(props);
  if (!data?.group || !data.key) return {};
  return {
    title: `${data.group.title}: ${data.story.title}`,
    alternates: { canonical: evidencePageHref(data.story.slug, data.key) },
    robots: { index: false },
  };
}

/**
 * One figure's sentences (a bar, a table cell or row of the story page) as a
 * page of its own: where figure links lead without JavaScript.
 */
export default async function EvidencePage(props: Props) {
  const data = await load(props);
  if (!data) notFound();
  const { story, key, group, index, section } = data;
  const back = `/stories/${story.slug}${key && group ? evidenceHash(key) : `#${section.id}`}`;
  const items = group ? group.items.flatMap((i) => index.items[i] ?? []) : [];
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/", label: "Stories" },
          { href: `/stories/${story.slug}`, label: story.title },
          { label: "Evidence" },
        ]}
      />
      <header className="mb-4">
        <p className="text-sm font-medium uppercase tracking-wide text-muted">{section.label}</p>
        <h1 className="font-serif text-3xl font-bold leading-tight">
          {group?.title ?? "No such figure"}
        </h1>
        {group && (
          <p className="mt-1 text-muted">
            {plural(items.length, "passage")}; the words that signal it are marked in bold and
            underlined.
          </p>
        )}
      </header>
      {!group && (
        <Notes
          notes={["This figure is not in the story (any more); the link may be old or mistyped."]}
        />
      )}
      {items.length > 0 && <EvidenceEntries storySlug={story.slug} items={items} />}
      <p className="mt-6">
        <Link href={back} className="text-accent underline">
          Back to the story page
        </Link>
      </p>
    </>
  );
}
