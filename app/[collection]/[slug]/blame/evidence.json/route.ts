import { loadStory, storyFileHeaders, unavailable } from "@/lib/stories";
import { byCertainty, readIncludeUncertain } from "@/lib/views/certainty";
import { fromSearchParams } from "@/lib/views/search-params";
import { storyEvidence } from "@/lib/views/story-evidence";

/**
 * The sentences behind every figure of the story page's blame, voices and
 * word-choice views, fetched by the evidence panel on first use, so the
 * story page itself stays light.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ collection: string; slug: string }> },
) {
  const { collection, slug } = await params;
  const loaded = await loadStory(collection, slug);
  if (loaded?.state !== "ready") return unavailable(loaded);
  // The same relations as the page that asks (?uncertain=1 when it shows the uncertain ones too).
  const include = readIncludeUncertain(fromSearchParams(new URL(request.url).searchParams));
  return Response.json(storyEvidence(byCertainty(loaded.analysis, include).analysis), {
    headers: storyFileHeaders(loaded.story),
  });
}
