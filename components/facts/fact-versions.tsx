import { DiffOrText, rewordedThroughout } from "@/components/diff/diff-or-text";
import { Pager } from "@/components/ui/pager";
import { diffText, type ArticleAnalysis, type Fact } from "@/lib/analysis";
import { plural } from "@/lib/format";
import { markedPair } from "@/lib/views/fact-links";
import { type FactVersionsView, factVersions, type VersionGroup } from "@/lib/views/fact-versions";
import { pageOf } from "@/lib/views/outlet-window";
import { PlacementMark } from "./placement";
import { SideBySide } from "./why-aligned";

/** Wordings per page on a fact's page; outlets that print the same words share one entry. */
export const VERSIONS_PER_PAGE = 12;
/** Outlets that may report the fact in other words quoted with their sentence; the rest are named. */
const MAYBE_SHOWN = 8;
/** Past this many names, a list of outlets opens on request. */
const NAMES_INLINE = 12;

/**
 * One fact as each outlet wrote it, each wording diffed word by word against the base outlet's
 * sentence (a wording reworded throughout is shown beside it, the words they match marked); outlets that print the very same words share an entry, outlets with a sentence
 * close to the fact are shown with it ("maybe, in other words"), and outlets that omit the fact
 * are listed as such. With `pageHref`, the wordings page through (a fact of hundreds of outlets).
 */
export function FactVersions({
  fact,
  articles,
  base,
  page = 1,
  pageHref,
}: {
  fact: Fact;
  articles: ArticleAnalysis[];
  /** Article id whose sentence is the base of the diffs; defaults to the first outlet reporting the fact. */
  base?: string;
  page?: number;
  pageHref?: (page: number) => string;
}) {
  const view = factVersions(fact, articles, base);
  const paged = pageHref
    ? pageOf(view.groups, page, VERSIONS_PER_PAGE)
    : { items: view.groups, page: 1, pages: 1, offset: 0 };
  return (
    <>
      <ul className="space-y-3">
        {paged.items.map((group) => (
          <Version
            key={group.outlets[0]?.article}
            group={group}
            base={view.base}
            fact={fact}
            articles={articles}
          />
        ))}
        {view.maybe.length > 0 && (
          // Not "left out": each of these outlets has a sentence close to the fact, too far from
          // it to be lined up for sure. The reader decides, with the sentence in front of them.
          <li className="rounded border border-dashed border-muted p-3 text-sm" data-maybe>
            <p className="font-semibold">
              <PlacementMark placement="maybe" compact /> Maybe reported in other words by{" "}
              {plural(view.maybe.length, "outlet")}: each one&apos;s sentence closest to this fact,
              close to it but not lined up with it for sure. Read it and judge.
            </p>
            <ul className="mt-2 space-y-2">
              {view.maybe.slice(0, MAYBE_SHOWN).map((m) => (
                <li key={m.article}>
                  <span className="font-semibold">{m.outlet}</span>{" "}
                  <span className="meta">
                    (sentence {m.sentence + 1}, similarity {m.score.toFixed(2)})
                  </span>
                  <blockquote className="mt-1 border-l-2 border-rule pl-3 font-serif">
                    {m.text}
                  </blockquote>
                </li>
              ))}
            </ul>
            {view.maybe.length > MAYBE_SHOWN && (
              // A fact of a 300-outlet story: the closest ones quoted, the others named (the page
              // stays light; each outlet's article page shows its sentence).
              <details className="mt-2">
                <summary className="cursor-pointer">
                  {plural(view.maybe.length - MAYBE_SHOWN, "more outlet")} with a close sentence
                </summary>
                <p className="mt-2">
                  {view.maybe
                    .slice(MAYBE_SHOWN)
                    .map((m) => m.outlet)
                    .join(", ")}
                  .
                </p>
              </details>
            )}
          </li>
        )}
        {view.omitted.length > 0 && (
          // One entry for every outlet that leaves the fact out: the omission is the finding.
          <li className="rounded border border-dashed border-rule p-3 text-sm" data-omitted>
            {view.omitted.length <= NAMES_INLINE ? (
              <>
                <span className="font-semibold">Not reported by</span> {view.omitted.join(", ")}.
              </>
            ) : (
              <details>
                <summary className="cursor-pointer">
                  <span className="font-semibold">Not reported by</span>{" "}
                  {plural(view.omitted.length, "outlet")}
                </summary>
                <p className="mt-2">{view.omitted.join(", ")}.</p>
              </details>
            )}
          </li>
        )}
      </ul>
      {pageHref && (
        <Pager label="Pages of wordings" page={paged.page} pages={paged.pages} href={pageHref} />
      )}
    </>
  );
}

function Version({
  group,
  base,
  fact,
  articles,
}: {
  group: VersionGroup;
  base: FactVersionsView["base"];
  fact: Fact;
  articles: ArticleAnalysis[];
}) {
  // The base outlet first in its own group.
  const outlets = group.isBase
    ? [...group.outlets].sort(
        (a, b) => Number(b.article === base?.article) - Number(a.article === base?.article),
      )
    : group.outlets;
  const [first] = outlets;
  if (!first) return null;
  const diff = group.isBase || !base ? null : diffText(base.text, group.text);
  // Reworded throughout: beside the base with the words they match marked, not a strike-through.
  const marked = base && rewordedThroughout(diff) ? markedPair(fact, articles, base, first) : null;
  return (
    <li
      className="rounded border border-rule bg-white p-3"
      data-outlet={first.article}
      data-outlets={outlets.length}
    >
      {outlets.length === 1 ? (
        <p className="mb-1 flex flex-wrap items-center gap-2 text-sm">
          <span className="font-semibold">{first.outlet}</span>
          <PlacementMark placement={first.placement} />
          {first.paragraph !== null && (
            <span className="text-muted">paragraph {first.paragraph + 1}</span>
          )}
          {group.isBase && <BaseMark />}
        </p>
      ) : (
        <div className="mb-1 text-sm">
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-semibold">Same words in {outlets.length} outlets</span>
            {group.isBase && <BaseMark />}
          </p>
          <OutletNames outlets={outlets} />
        </div>
      )}
      {marked && base ? (
        <SideBySide baseName={base.outlet} base={marked.base} version={marked.version} />
      ) : (
        <DiffOrText
          text={group.text}
          diff={diff}
          baseName={group.isBase ? undefined : base?.outlet}
        />
      )}
    </li>
  );
}

function BaseMark() {
  return <span className="text-xs uppercase tracking-wide text-muted">base version</span>;
}

/** The outlets of one wording, each with where it placed the fact; a long list opens on request. */
function OutletNames({ outlets }: { outlets: VersionGroup["outlets"] }) {
  const list = (
    <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
      {outlets.map((o) => (
        <li key={o.article} className="inline-flex items-center gap-1">
          {o.outlet} <PlacementMark placement={o.placement} compact />
        </li>
      ))}
    </ul>
  );
  if (outlets.length <= NAMES_INLINE) return list;
  return (
    <details>
      <summary className="cursor-pointer text-muted">The {outlets.length} outlets</summary>
      {list}
    </details>
  );
}
