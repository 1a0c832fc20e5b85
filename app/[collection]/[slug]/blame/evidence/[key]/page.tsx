import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { EvidenceEntries } from "@/components/evidence/evidence-entries";
import { Breadcrumbs, storyCrumbs } from "@/components/ui/breadcrumbs";
import { Notes } from "@/components/ui/notes";
import { StillAnalysing } from "@/components/user-story/still-analysing";
import { plural } from "@/lib/format";
import { loadStory, pendingMetadata, storyMetadata } from "@/lib/stories";
import { readCertainty } from "@/lib/views/certainty";
import { keepCertainty } from "@/lib/views/certainty-link";
import type { RawSearchParams } from "@/lib/views/search-params";
import { storyEvidence } from "@/lib/views/story-evidence";
import { evidenceHash, evidencePageHref, keyFromHash } from "@/lib/views/evidence";

interface Props {
  params: Promise<{ collection: string; slug: string; key: string }>;
  searchParams: Promise<RawSearchParams>;
}

const sections: Record<string, { id: string; label: string }> = {
  b: { id: "blame", label: "Who each outlet shows blaming whom" },
  v: { id: "voices", label: "Whom each outlet quotes" },
  w: { id: "word-choice", label: "The words each outlet chooses" },
};

// Metadata and page share one request: look up once.
const load = cache(async ({ params, searchParams }: Props) => {
  const { collection, slug, key: raw } = await params;
  const loaded = await loadStory(collection, slug);
  if (!loaded || loaded.state === "pending") return loaded;
  const { story } = loaded;
  // The figure as the page that linked here counted it: confident relations, or all (?uncertain=1).
  const { analysis, certainty } = readCertainty(await searchParams, loaded.analysis);
  const { includeUncertain } = certainty;
  // The same check as the hash on the story page: anything malformed is simply not found.
  const key = keyFromHash(`#evidence=${raw}`);
  const index = storyEvidence(analysis);
  const group = key ? index.groups[key] : undefined;
  const section = sections[key?.[0] ?? ""] ?? {
    id: "blame",
    label: "Blame, voices and word choice",
  };
  return { state: loaded.state, story, key, group, index, section, includeUncertain };
});

export async function generateMetadata(props: Props): Promise<Metadata> {
  const data = await load(props);
  if (data?.state === "pending") return pendingMetadata(data.story, "Evidence");
  if (!data?.group || !data.key) return {};
  return storyMetadata(data.story, {
    title: `${data.group.title}: ${data.story.title}`,
    alternates: { canonical: evidencePageHref(data.story.href, data.key) },
    robots: { index: false },
  });
}

/**
 * One figure's sentences (a bar, a table cell or row of the story page) as a
 * page of its own: where figure links lead without JavaScript.
 */
export default async function EvidencePage(props: Props) {
  const data = await load(props);
  if (!data) notFound();
  if (data.state === "pending") return <StillAnalysing story={data.story} view="Evidence" />;
  const { story, key, group, index, section, includeUncertain } = data;
  const back = `${keepCertainty(story.href, includeUncertain)}${key && group ? evidenceHash(key) : `#${section.id}`}`;
  const items = group ? group.items.flatMap((i) => index.items[i] ?? []) : [];
  return (
    <>
      <Breadcrumbs items={storyCrumbs(story, "Evidence")} />
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
      {items.length > 0 && <EvidenceEntries storyHref={story.href} items={items} />}
      <p className="mt-6">
        <Link href={back} className="text-accent underline">
          Back to the story page
        </Link>
      </p>
    </>
  );
}
