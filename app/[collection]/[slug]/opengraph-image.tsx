import { ImageResponse } from "next/og";
import { clip, PREVIEW_SIZE, PreviewCard } from "@/components/og/preview-card";
import { formatDate, plural } from "@/lib/format";
import { ImageCache, pngResponse } from "@/lib/og/image-cache";
import { loadStory, storyFileHeaders, unavailable } from "@/lib/stories";

export const alt = "The story's headline and summary, and how many outlets told it.";
export const size = PREVIEW_SIZE;
export const contentType = "image/png";

/** One card per story (as analysed now); the least recently used of 100 goes first. */
const cards = new ImageCache(100);

/**
 * A story's link preview: its date, headline, summary and outlet count. No
 * outlet names, so the card gives nothing away if a classroom page inherits it.
 */
export default async function Image({
  params,
}: {
  params: Promise<{ collection: string; slug: string }>;
}) {
  const { collection, slug } = await params;
  const loaded = await loadStory(collection, slug);
  if (loaded?.state !== "ready") return unavailable(loaded);
  const { story } = loaded;
  const outlets = new Set(story.articles.map((a) => a.outlet.slug ?? a.outlet.name)).size;
  const bytes = await cards.get(`${story.key}\n${loaded.version}`, () =>
    new ImageResponse(
      <PreviewCard
        kicker={story.date ? (formatDate(story.date) ?? story.date) : "Date not given"}
        footer={`${plural(outlets, "outlet")} compared: facts, quotes, who blames whom.`}
      >
        <div style={{ display: "flex", fontSize: 60, fontWeight: 700, lineHeight: 1.15 }}>
          {clip(story.title, 110)}
        </div>
        <div
          style={{
            display: "flex",
            fontSize: 30,
            lineHeight: 1.4,
            color: "#3f3b36",
            marginTop: 28,
          }}
        >
          {clip(story.summaryLine, 200)}
        </div>
      </PreviewCard>,
      size,
    ).arrayBuffer(),
  );
  return pngResponse(bytes, storyFileHeaders(story));
}
