import { ImageResponse } from "next/og";
import { clip, PREVIEW_SIZE, PreviewCard } from "@/components/og/preview-card";
import { getStories, getStory } from "@/lib/content";
import { formatDate, plural } from "@/lib/format";

export const alt = "The story's headline and summary, and how many outlets told it.";
export const size = PREVIEW_SIZE;
export const contentType = "image/png";

// One card per story, drawn at build time like the story pages' list.
export const dynamicParams = false;
export function generateStaticParams() {
  return getStories().map((story) => ({ slug: story.slug }));
}

/**
 * A story's link preview: its date, headline, summary and outlet count. No
 * outlet names, so the card gives nothing away if a classroom page inherits it.
 */
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const story = getStory(slug);
  if (!story) return new Response("Not found", { status: 404 });
  const outlets = new Set(story.articles.map((a) => a.outlet.slug ?? a.outlet.name)).size;
  return new ImageResponse(
    <PreviewCard
      kicker={formatDate(story.date) ?? story.date}
      footer={`${plural(outlets, "outlet")} compared: facts, quotes, who blames whom.`}
    >
      <div style={{ display: "flex", fontSize: 60, fontWeight: 700, lineHeight: 1.15 }}>
        {clip(story.title, 110)}
      </div>
      <div
        style={{ display: "flex", fontSize: 30, lineHeight: 1.4, color: "#3f3b36", marginTop: 28 }}
      >
        {clip(story.summaryLine, 200)}
      </div>
    </PreviewCard>,
    size,
  );
}
