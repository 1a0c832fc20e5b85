import type { Metadata } from "next";
import Link from "next/link";
import { PageTitle } from "@/components/ui/page-title";
import { getStories } from "@/lib/content";
import { formatDate, plural } from "@/lib/format";
import { NEW_STORY_LIMITS } from "@/lib/store/new-story";
import { storyHref } from "@/lib/stories/href";

// The preview image is app/opengraph-image.tsx; the title and description come from the layout.
export const metadata: Metadata = { alternates: { canonical: "/" } };

export default function HomePage() {
  const stories = getStories();
  return (
    <>
      <PageTitle
        kicker="Media comparison"
        lead={
          <>
            Several outlets report the same event; each frames the same facts differently. Parallax
            lines their articles up: which facts each reports and where, how the wording changed,
            who is quoted, and who is blamed for what.
          </>
        }
      >
        One story, many tellings
      </PageTitle>
      <p className="mb-8 max-w-3xl rounded-lg border border-rule bg-accent-soft p-4">
        Have articles of your own to compare?{" "}
        <Link href="/new" className="font-semibold text-accent underline">
          Start a new comparison
        </Link>
        : paste or link {NEW_STORY_LIMITS.minArticles} to {NEW_STORY_LIMITS.maxArticles} reports of
        the same event and get a link to share with a class or a colleague.
      </p>
      <section aria-labelledby="stories-heading">
        <h2 id="stories-heading" className="mb-4 text-xl font-semibold">
          Stories
        </h2>
        {stories.length === 0 ? (
          <p className="text-muted">
            No stories yet. Add one under content/stories (see the README).
          </p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2">
            {stories.map((story) => {
              const outlets = new Set(story.articles.map((a) => a.outlet.slug ?? a.outlet.name))
                .size;
              return (
                <li key={story.slug}>
                  <article className="h-full rounded-lg border border-rule bg-white p-5 shadow-sm transition hover:shadow">
                    <p className="text-sm text-muted">
                      <time dateTime={story.date}>{formatDate(story.date)}</time> ·{" "}
                      {plural(outlets, "outlet")} · {plural(story.articles.length, "article")}
                    </p>
                    <h3 className="mt-1 font-serif text-xl font-semibold leading-snug">
                      <Link
                        href={storyHref("stories", story.slug)}
                        className="text-ink hover:text-accent"
                      >
                        {story.title}
                      </Link>
                    </h3>
                    <p className="mt-2 text-sm leading-relaxed text-muted">{story.summaryLine}</p>
                  </article>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}
