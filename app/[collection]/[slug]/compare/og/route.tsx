import { ImageResponse } from "next/og";
import { ImageCache, pngResponse } from "@/lib/og/image-cache";
import { loadStory, storyFileHeaders, unavailable } from "@/lib/stories";
import { parseCompareSelection } from "@/lib/views/compare";
import { markDistinctWords } from "@/lib/views/headline-words";

const COLOURS = ["#0072b2", "#d55e00", "#009e73", "#cc79a7"];

/**
 * Ordered choices of 2 to 4 of 5 outlets make 200 cards: 400 hold two such stories (about 60 KB
 * each). Curated and user stories share it; the least recently used card goes first.
 */
const cards = new ImageCache(400);

/**
 * The link-preview card of a compare view: the outlets and their headlines
 * side by side, each outlet's distinctive words in bold and its colour. 1200 × 630 PNG.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ collection: string; slug: string }> },
) {
  const { collection, slug } = await params;
  const loaded = await loadStory(collection, slug);
  if (loaded?.state !== "ready") return unavailable(loaded);
  const { story, analysis } = loaded;
  const search = Object.fromEntries(new URL(request.url).searchParams.entries());
  const selection = parseCompareSelection(search, analysis);
  const articles = selection.articles
    .map((id) => analysis.articles.find((a) => a.id === id))
    .filter((a) => a !== undefined);
  // The card depends only on the story (as analysed now: a changed user story draws a new one) and
  // the chosen articles, so that is the key.
  const key = `${story.key}\n${loaded.version}\n${articles.map((a) => a.id).join("\n")}`;
  const bytes = await cards.get(key, () => card(story.title, articles).arrayBuffer());
  return pngResponse(bytes, storyFileHeaders(story));
}

function card(title: string, articles: { id: string; outlet: string; title: string | null }[]) {
  const headlines = articles.map((a) => a.title ?? "(headline not captured)");
  const size = articles.length > 2 ? 30 : 40;
  return new ImageResponse(
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        width: "100%",
        height: "100%",
        background: "#fbfaf7",
        padding: 56,
        color: "#1f1d1a",
      }}
    >
      <div
        style={{ display: "flex", justifyContent: "space-between", fontSize: 26, color: "#57534e" }}
      >
        <span style={{ fontWeight: 700, color: "#1f1d1a" }}>Parallax</span>
        <span>{title.length > 70 ? `${title.slice(0, 68)}…` : title}</span>
      </div>
      <div style={{ display: "flex", flex: 1, gap: 28, marginTop: 40 }}>
        {articles.map((article, index) => (
          <div
            key={article.id}
            style={{
              display: "flex",
              flexDirection: "column",
              flex: 1,
              borderTop: `10px solid ${COLOURS[index] ?? "#6b6b6b"}`,
              paddingTop: 20,
            }}
          >
            <span style={{ fontSize: 24, fontWeight: 700, color: COLOURS[index] ?? "#6b6b6b" }}>
              {article.outlet}
            </span>
            <div
              style={{
                display: "flex",
                flexWrap: "wrap",
                fontSize: size,
                lineHeight: 1.25,
                marginTop: 14,
              }}
            >
              {markDistinctWords(
                headlines[index] ?? "",
                headlines.filter((_, j) => j !== index),
              ).map((word, w) =>
                /\s/.test(word.text) ? (
                  <span key={w} style={{ width: size * 0.28 }} />
                ) : (
                  <span
                    key={w}
                    style={
                      word.distinct
                        ? { fontWeight: 700, color: COLOURS[index] ?? "#1f1d1a" }
                        : { color: "#57534e" }
                    }
                  >
                    {word.text}
                  </span>
                ),
              )}
            </div>
          </div>
        ))}
      </div>
      <div style={{ display: "flex", fontSize: 22, color: "#57534e" }}>
        Same story, different tellings: fact by fact, word by word.
      </div>
    </div>,
    { width: 1200, height: 630 },
  );
}
