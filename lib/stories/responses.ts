import type { LoadedStory, PendingStory } from "./types";

/**
 * Answers of a story's file routes (exports, evidence, preview images) when there is nothing to send:
 * 404 for an unknown or deleted story; for one still being analysed, 503 with Retry-After, since the
 * file will be there soon; for a failed analysis, 404 saying why there is no file.
 */
export function unavailable(loaded: LoadedStory | null): Response {
  const text = (status: number, body: string, headers: Record<string, string> = {}) =>
    new Response(`${body}\n`, {
      status,
      headers: {
        "Content-Type": "text/plain; charset=utf-8",
        "Cache-Control": "no-store",
        ...headers,
      },
    });
  if (!loaded) return text(404, "Not found");
  if (loaded.state === "ready") throw new Error("unavailable() called for a story that is ready");
  return pendingAnswer(loaded.story, text);
}

function pendingAnswer(
  story: PendingStory,
  text: (status: number, body: string, headers?: Record<string, string>) => Response,
): Response {
  if (story.status.status === "failed") {
    return text(
      404,
      `The analysis of this comparison failed, so there is no file; see ${story.href}`,
    );
  }
  return text(
    503,
    `This comparison is still being analysed; try again in a minute (${story.href})`,
    {
      "Retry-After": "10",
    },
  );
}

/**
 * Headers for a file drawn from a story: an unlisted story's files are kept out of shared caches, so
 * a deleted story's data is gone from them too (its pages say X-Robots-Tag: noindex via proxy.ts).
 */
export function storyFileHeaders(story: { listed: boolean }): Record<string, string> {
  return story.listed ? {} : { "Cache-Control": "private, no-store" };
}
