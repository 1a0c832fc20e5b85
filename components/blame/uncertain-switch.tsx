import Link from "next/link";
import { plural } from "@/lib/format";
import type { CertaintySwitch } from "@/lib/views/certainty";

/**
 * The visible switch between confident relations only (the default) and all of them. A plain link
 * (no script), so the choice lives in the URL and a shared link shows what its sender saw.
 */
export function UncertainSwitch({ certainty, showHref, hideHref }: CertaintySwitch) {
  const { includeUncertain, uncertain, confident } = certainty;
  if (uncertain === 0) return null;
  return (
    <p
      className="no-print mb-4 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm"
      data-testid="uncertain-switch"
    >
      <span className="text-muted">
        {includeUncertain
          ? `Showing all ${plural(confident + uncertain, "statement")}, ${uncertain} of them uncertain (marked “uncertain”).`
          : `Showing ${plural(confident, "confident statement")}; ${plural(uncertain, "uncertain one")} hidden.`}
      </span>
      <Link
        href={includeUncertain ? hideHref : showHref}
        className="rounded border border-rule bg-white px-2 py-0.5 font-medium text-accent underline-offset-2 hover:underline"
        aria-label={
          includeUncertain
            ? `Hide the ${uncertain} uncertain statements`
            : `Include uncertain statements (${uncertain})`
        }
      >
        {includeUncertain ? `Hide uncertain (${uncertain})` : `Include uncertain (${uncertain})`}
      </Link>
    </p>
  );
}
