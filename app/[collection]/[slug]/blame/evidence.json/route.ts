import { loadStory, storyFileHeaders, unavailable } from "@/lib/stories";
import { storyEvidence } from "@/lib/views/story-evidence";

/**
 * The sentences behind every figure of the story page's blame, voices and
 * word-choice views, fetched by the evidence panel on first use, so the
 * story page itself stays light.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ collection: string; slug: string }> },
) {
  const { collection, slug } = await params;
  const loaded = await loadStory(collection, slug);
  if (loaded?.state !== "ready") return unavailable(loaded);
  return Response.json(storyEvidence(loaded.analysis), {
    headers: storyFileHeaders(loaded.story),
  });
}
