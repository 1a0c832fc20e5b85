import { loadStory, storyFileHeaders, unavailable } from "@/lib/stories";
import { readCertainty } from "@/lib/views/certainty";
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
  const { analysis } = readCertainty(
    fromSearchParams(new URL(request.url).searchParams),
    loaded.analysis,
  );
  return Response.json(storyEvidence(analysis), {
    headers: storyFileHeaders(loaded.story),
  });
}
