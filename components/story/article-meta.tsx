import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { getOutlets, outletTypeLabels } from "@/lib/content";
import { provenanceLabel } from "@/lib/stories/provenance";
import type { StoryArticleView } from "@/lib/stories/types";
import { formatDate, plural } from "@/lib/format";

/** The outlet's name (linked to its profile when it has one), its type and where the text comes from. */
export function OutletLine({ article }: { article: StoryArticleView }) {
  const provenance = provenanceLabel(article.provenance, getOutlets());
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm">
      {article.outlet.slug ? (
        <Link
          href={`/outlets/${article.outlet.slug}`}
          className="font-semibold text-ink underline decoration-rule hover:text-accent"
        >
          {article.outlet.name}
        </Link>
      ) : (
        <span className="font-semibold">{article.outlet.name}</span>
      )}
      {/* A plain name in the frontmatter is an outlet without a profile, not an unidentified one. */}
      <Badge tone="muted">
        {article.outlet.slug ? outletTypeLabels[article.outlet.type] : "No profile yet"}
      </Badge>
      <Badge
        tone={article.provenance && article.provenance.kind !== "original" ? "accent" : "neutral"}
      >
        <span title={provenance.long}>{provenance.short}</span>
      </Badge>
    </p>
  );
}

/** Date, byline and length of one article. */
export function ArticleFacts({
  article,
  byline,
  wordCount,
}: {
  article: StoryArticleView;
  byline: string | null;
  wordCount: number;
}) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm text-muted">
      <dt className="font-medium">Published</dt>
      <dd>
        {article.published ? (
          <time dateTime={article.published}>{formatDate(article.published)}</time>
        ) : (
          "Date unknown"
        )}
      </dd>
      <dt className="font-medium">Byline</dt>
      <dd data-testid="byline">{byline ?? "None given"}</dd>
      <dt className="font-medium">Length</dt>
      <dd>{plural(wordCount, "word")}</dd>
    </dl>
  );
}
