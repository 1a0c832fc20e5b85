import { getStories } from "@/lib/content";
import { getStoryAnalysis } from "@/lib/content/analysis";
import { storyEvidence } from "@/lib/views/story-evidence";

export const dynamicParams = false;

export function generateStaticParams() {
  return getStories().map((story) => ({ slug: story.slug }));
}

/**
 * The sentences behind every figure of the story page's blame, voices and
 * word-choice views, built at build time and fetched by the evidence panel
 * on first use, so the story page itself stays light.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const analysis = getStoryAnalysis(slug);
  if (!analysis) return new Response("Not found", { status: 404 });
  return Response.json(storyEvidence(analysis));
}
