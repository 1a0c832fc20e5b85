import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/article/article-body";
import { ArticleFactList, CompareWith } from "@/components/article/article-links";
import { RemovedChrome } from "@/components/article/removed-chrome";
import { ArticleFacts, OutletLine } from "@/components/story/article-meta";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getStories, getStory } from "@/lib/content";
import { getStoryAnalysis } from "@/lib/content/analysis";
import { articleFacts } from "@/lib/views/article-facts";
import { inPublicationOrder } from "@/lib/views/outlet-order";

interface Props {
  params: Promise<{ slug: string; article: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getStories().flatMap((story) =>
    story.articles.map((article) => ({ slug: story.slug, article: article.slug })),
  );
}

function find(slug: string, articleSlug: string) {
  const story = getStory(slug);
  const article = story?.articles.find((a) => a.slug === articleSlug);
  return story && article ? { story, article } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, article: articleSlug } = await params;
  const found = find(slug, articleSlug);
  if (!found) notFound(); // so the 404 page keeps its own title
  const headline = found.article.title ?? "Headline not captured";
  return {
    title: `${found.article.outlet.name}: ${headline}`,
    description: `${found.article.outlet.name}'s article on “${found.story.title}”, with page chrome removed.`,
    alternates: { canonical: `/stories/${slug}/${articleSlug}` },
  };
}

export default async function ArticlePage({ params }: Props) {
  const { slug, article: articleSlug } = await params;
  const found = find(slug, articleSlug);
  const stored = getStoryAnalysis(slug);
  const analysis = stored?.articles.find((a) => a.id === articleSlug);
  if (!found || !stored || !analysis) notFound();
  const { story, article } = found;
  const facts = articleFacts(inPublicationOrder(stored), article.slug);
  return (
    <article>
      <Breadcrumbs
        items={[
          { href: "/", label: "Stories" },
          { href: `/stories/${story.slug}`, label: story.title },
          { label: article.outlet.name },
        ]}
      />
      <header className="mb-8 max-w-3xl">
        <OutletLine article={article} />
        <h1 className="my-4 font-serif text-3xl font-bold leading-tight sm:text-4xl">
          {article.title ?? <span className="italic text-muted">Headline not captured</span>}
        </h1>
        <ArticleFacts article={article} byline={analysis.byline} wordCount={analysis.wordCount} />
        {article.provenance.note && (
          <p className="mt-3 text-sm text-muted">{article.provenance.note}</p>
        )}
        {article.url && (
          <p className="mt-2 text-sm">
            <a href={article.url} className="text-accent underline" rel="noopener noreferrer">
              Original page
            </a>
          </p>
        )}
        <CompareWith storySlug={story.slug} article={article.slug} partners={facts.partners} />
      </header>
      <ArticleBody article={analysis} />
      <ArticleFactList storySlug={story.slug} outlets={stored.articles.length} view={facts} />
      <RemovedChrome article={analysis} raw={article.raw} />
    </article>
  );
}
