import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArticleBody } from "@/components/article/article-body";
import { ArticleFactList, CompareWith } from "@/components/article/article-links";
import { RemovedChrome } from "@/components/article/removed-chrome";
import { ArticleFacts, OutletLine } from "@/components/story/article-meta";
import { Breadcrumbs, storyCrumbs } from "@/components/ui/breadcrumbs";
import { StillAnalysing } from "@/components/user-story/still-analysing";
import { loadStory, pendingMetadata, storyMetadata } from "@/lib/stories";
import { articleFacts } from "@/lib/views/article-facts";
import { inPublicationOrder } from "@/lib/views/outlet-order";

interface Props {
  params: Promise<{ collection: string; slug: string; article: string }>;
}

// Metadata and page share one request: look up once.
const load = cache(async ({ params }: Props) => {
  const { collection, slug, article: articleSlug } = await params;
  const loaded = await loadStory(collection, slug);
  if (!loaded || loaded.state === "pending") return loaded;
  const article = loaded.story.articles.find((a) => a.slug === articleSlug);
  const analysis = loaded.analysis.articles.find((a) => a.id === articleSlug);
  return article && analysis ? { ...loaded, article, articleAnalysis: analysis } : null;
});

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await load(props);
  if (!found) notFound(); // so the 404 page keeps its own title
  if (found.state === "pending") return pendingMetadata(found.story, "Article");
  const { story, article } = found;
  const headline = article.title ?? "Headline not captured";
  return storyMetadata(story, {
    title: `${article.outlet.name}: ${headline}`,
    description: `${article.outlet.name}'s article on “${story.title}”, with page chrome removed.`,
    alternates: { canonical: `${story.href}/${article.slug}` },
  });
}

export default async function ArticlePage(props: Props) {
  const found = await load(props);
  if (!found) notFound();
  if (found.state === "pending") return <StillAnalysing story={found.story} view="Article" />;
  const { story, article, articleAnalysis: analysis } = found;
  const facts = articleFacts(inPublicationOrder(found.analysis), article.slug);
  return (
    <article>
      <Breadcrumbs items={storyCrumbs(story, article.outlet.name)} />
      <header className="mb-8 max-w-3xl">
        <OutletLine article={article} />
        <h1 className="my-4 font-serif text-3xl font-bold leading-tight sm:text-4xl">
          {article.title ?? <span className="italic text-muted">Headline not captured</span>}
        </h1>
        <ArticleFacts article={article} byline={analysis.byline} wordCount={analysis.wordCount} />
        {article.provenance?.note && (
          <p className="mt-3 text-sm text-muted">{article.provenance.note}</p>
        )}
        {article.url && (
          <p className="mt-2 text-sm">
            {/* A link someone typed (a user story) gets no endorsement from this site. */}
            <a
              href={article.url}
              className="text-accent underline"
              rel={story.listed ? "noopener noreferrer" : "noopener noreferrer nofollow ugc"}
            >
              Original page
            </a>
          </p>
        )}
        <CompareWith storyHref={story.href} article={article.slug} partners={facts.partners} />
      </header>
      <ArticleBody article={analysis} />
      <ArticleFactList
        storyHref={story.href}
        outlets={found.analysis.articles.length}
        view={facts}
      />
      <RemovedChrome article={analysis} raw={article.raw} />
    </article>
  );
}
