import Link from "next/link";
import { AutoSubmit } from "@/components/compare/auto-submit";
import { plural } from "@/lib/format";
import { keepCertainty, UNCERTAIN_PARAM } from "@/lib/views/certainty-link";
import { type OutletWindow, type OverviewQuery } from "@/lib/views/outlet-window";

/**
 * Which outlets the overview shows: by type and by part of the name. A plain GET form (no
 * JavaScript needed); a new filter starts again at the first page of outlets and of facts.
 */
export function OutletFilter({
  storyHref,
  query,
  window,
  includeUncertain = false,
}: {
  storyHref: string;
  /** Keep the reader's choice of blame relations (?uncertain=1) across a new filter. */
  includeUncertain?: boolean;
  query: OverviewQuery;
  window: OutletWindow;
}) {
  const filtered = query.type !== null || query.q !== null;
  const first = window.offset + 1;
  const last = window.offset + window.shown.length;
  return (
    <div className="no-print mb-4 rounded-lg border border-rule bg-white p-4">
      <form
        action={`${storyHref}#lineup-heading`}
        method="get"
        role="search"
        aria-label="Outlets"
        className="flex flex-wrap items-end gap-3"
      >
        {includeUncertain && <input type="hidden" name={UNCERTAIN_PARAM} value="1" />}
        <label className="flex flex-col text-sm">
          <span className="mb-1 font-medium">Outlet type</span>
          <select
            name="type"
            defaultValue={query.type ?? ""}
            className="rounded border border-rule bg-white px-2 py-1.5"
          >
            <option value="">All types ({window.total})</option>
            {window.kinds.map((kind) => (
              <option key={kind.kind} value={kind.kind}>
                {kind.label} ({kind.count})
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-w-0 flex-1 flex-col text-sm sm:max-w-xs">
          <span className="mb-1 font-medium">Outlet name contains</span>
          <input
            type="search"
            name="q"
            defaultValue={query.q ?? ""}
            maxLength={80}
            autoComplete="off"
            className="rounded border border-rule bg-white px-2 py-1.5"
          />
        </label>
        <button
          type="submit"
          className="rounded bg-accent px-4 py-1.5 text-sm font-semibold text-white hover:bg-accent/90"
        >
          Show outlets
        </button>
        <AutoSubmit />
      </form>
      <p className="mt-3 text-sm" role="status" data-testid="outlet-count">
        {window.matching === 0 ? (
          <>No outlet matches.</>
        ) : (
          <>
            Outlets {first}–{last} of {window.matching}
            {filtered && <> matching, of {plural(window.total, "outlet")} in the story</>}. The
            coverage, blame, voices and word choice below show these outlets.
          </>
        )}{" "}
        {filtered && (
          <Link
            href={`${keepCertainty(storyHref, includeUncertain)}#lineup-heading`}
            className="text-accent underline"
          >
            Show all outlets
          </Link>
        )}
      </p>
    </div>
  );
}
