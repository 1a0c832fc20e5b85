import Link from "next/link";
import type { ReactNode } from "react";
import type { ArticleAnalysis } from "@/lib/analysis";
import type { StoryView } from "@/lib/stories/types";
import { ArticleFacts, OutletLine } from "./article-meta";

/**
 * The outlet lineup: every article's headline side by side, so framing shows
 * at a glance; in the order of `articles` (publication date, then name). In a
 * large story, `articles` is one page of outlets, with the filter and the page
 * links around it.
 */
export function Lineup({
  story,
  articles,
  controls,
  pager,
}: {
  story: Pick<StoryView, "href" | "articles">;
  articles: ArticleAnalysis[];
  controls?: ReactNode;
  pager?: ReactNode;
}) {
  return (
    <section aria-labelledby="lineup-heading" className="mb-12">
      <h2 id="lineup-heading" className="mb-1 text-xl font-semibold">
        The outlets and their headlines
      </h2>
      <p className="mb-4 text-sm text-muted">
        Each headline as the outlet wrote it, with where the text comes from.
      </p>
      {controls}
      <ol className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="lineup">
        {articles.map((analysis) => {
          const article = story.articles.find((a) => a.slug === analysis.id);
          if (!article) return null;
          return (
            <li
              key={article.slug}
              className="flex flex-col gap-3 rounded-lg border border-rule bg-white p-4 shadow-sm"
              data-article={article.slug}
            >
              <OutletLine article={article} />
              <p className="flex-1 font-serif text-xl font-semibold leading-snug">
                {article.title ?? (
                  <span className="font-sans text-base font-normal italic text-muted">
                    Headline not captured
                  </span>
                )}
              </p>
              <ArticleFacts
                article={article}
                byline={analysis.byline}
                wordCount={analysis.wordCount}
              />
              <Link
                href={`${story.href}/${article.slug}`}
                className="text-sm font-medium text-accent underline"
              >
                Read {article.outlet.name}&apos;s article<span aria-hidden="true"> →</span>
              </Link>
            </li>
          );
        })}
      </ol>
      {pager}
    </section>
  );
}
