import { Breadcrumbs, storyCrumbs } from "@/components/ui/breadcrumbs";
import type { PendingStory } from "@/lib/stories/types";
import { ProgressRefresher } from "./progress-refresher";

/**
 * A view of a story whose analysis is not there (yet): says so, and while it runs, turns into the
 * view by itself once it is done. `lessonSafe` (the classroom's student page) leaves out every link,
 * since the story's other pages name the outlets.
 */
export function StillAnalysing({
  story,
  view,
  lessonSafe = false,
}: {
  story: PendingStory;
  /** What the page would show, for the breadcrumb ("Compare", "Quotes"…). */
  view: string;
  lessonSafe?: boolean;
}) {
  const { status } = story;
  const failed = status.status === "failed";
  return (
    <>
      {!lessonSafe && <Breadcrumbs items={storyCrumbs(story, view)} />}
      <header className="mb-4">
        <p className="text-sm font-medium uppercase tracking-wide text-muted">{view}</p>
        <h1 className="font-serif text-3xl font-bold leading-tight">{story.title}</h1>
      </header>
      <div
        role="status"
        className="max-w-2xl rounded-lg border border-rule bg-white p-5"
        data-testid="still-analysing"
      >
        <h2 className="text-xl font-semibold">
          {failed ? "The analysis failed" : "Still being analysed"}
        </h2>
        <p className="mt-2">
          {failed
            ? "This comparison could not be analysed, so there is nothing to show here."
            : "This comparison's articles are being analysed; this page shows them as soon as that is done, usually within a minute."}
          {lessonSafe ? null : (
            <>
              {" "}
              <a href={story.href} className="text-accent underline">
                {failed ? "See why" : "See the progress"}
              </a>
              .
            </>
          )}
        </p>
        {!failed && (
          <ProgressRefresher id={status.id} status={status.status} stage={status.stage} />
        )}
      </div>
    </>
  );
}
