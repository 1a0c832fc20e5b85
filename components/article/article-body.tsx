import type { ArticleAnalysis } from "@/lib/analysis";

/** The cleaned article, one paragraph per block, in a readable measure. */
export function ArticleBody({ article }: { article: ArticleAnalysis }) {
  if (article.paragraphs.length === 0) {
    return (
      <p className="italic text-muted">No article text was left after removing page chrome.</p>
    );
  }
  return (
    <div className="max-w-prose space-y-4 font-serif text-lg leading-relaxed">
      {article.paragraphs.map((paragraph) => (
        <p key={paragraph.index} id={`p-${paragraph.index}`}>
          {article.text.slice(paragraph.start, paragraph.end)}
        </p>
      ))}
    </div>
  );
}
