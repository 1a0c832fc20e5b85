import { ImageResponse } from "next/og";
import { clip, PREVIEW_SIZE, PreviewCard } from "@/components/og/preview-card";
import { getStories } from "@/lib/content";
import { plural } from "@/lib/format";
import { SITE_TAGLINE } from "@/lib/site";

export const alt = "Parallax: one story, many tellings. The stories compared, with their outlets.";
export const size = PREVIEW_SIZE;
export const contentType = "image/png";

/** The home page's link preview: what Parallax does and the first stories. Drawn at build time. */
export default function Image() {
  const stories = getStories().slice(0, 3);
  return new ImageResponse(
    <PreviewCard kicker={plural(getStories().length, "story", "stories")} footer={SITE_TAGLINE}>
      <div style={{ display: "flex", fontSize: 76, fontWeight: 700, lineHeight: 1.1 }}>
        One story, many tellings
      </div>
      <div style={{ display: "flex", flexDirection: "column", marginTop: 36, gap: 14 }}>
        {stories.map((story) => (
          <div key={story.slug} style={{ display: "flex", fontSize: 32, color: "#3f3b36" }}>
            {`${clip(story.title, 62)} · ${plural(
              new Set(story.articles.map((a) => a.outlet.slug ?? a.outlet.name)).size,
              "outlet",
            )}`}
          </div>
        ))}
      </div>
    </PreviewCard>,
    size,
  );
}
