import type { StoryView } from "@/lib/stories/types";

/**
 * On a person's own story: who can see it, and what of what they sent is not in the comparison
 * (links that could not be read, texts the analysis found empty), so no article goes missing silently.
 */
export function UnlistedNote({ story, notes }: { story: StoryView; notes: string[] }) {
  if (story.listed && story.leftOut.length === 0 && notes.length === 0) return null;
  return (
    <aside
      aria-label="About this comparison"
      className="no-print -mt-4 mb-8 max-w-3xl rounded-lg border border-rule bg-white p-4 text-sm"
      data-testid="user-story-note"
    >
      {!story.listed && (
        <p>
          A comparison someone made with Parallax: unlisted (only people with its link can see it),
          with the articles as they were sent, not checked by anyone here.
        </p>
      )}
      {story.leftOut.length > 0 && (
        <>
          <p className="mt-2 font-medium">Left out of the comparison:</p>
          <ul className="mt-1 list-disc pl-5">
            {story.leftOut.map((article, index) => (
              <li key={`${article.outlet}-${index}`} className="break-words">
                {article.outlet}
                {article.url ? ` (${article.url})` : ""}: {article.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {notes.length > 0 && (
        <ul className="mt-2 list-disc pl-5 text-muted">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </aside>
  );
}
