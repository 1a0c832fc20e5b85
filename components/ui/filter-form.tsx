import Link from "next/link";
import type { ReactNode } from "react";
import { AutoSubmit } from "@/components/compare/auto-submit";

/**
 * The frame every filter of a story page shares: a plain GET form, so it works without JavaScript
 * (with it, a change submits it), carrying the parameters the page must keep as hidden fields, then
 * its fields, the submit button and, once something is filtered, a link back to everything.
 */
export function FilterForm({
  action,
  label,
  margin,
  hidden = [],
  submit,
  reset,
  children,
}: {
  action: string;
  /** Names the form as a search landmark; without it the form is not a landmark. */
  label?: string;
  /** Space below the form (a Tailwind class), where the page wants some. */
  margin?: string;
  /** Parameters kept across a new choice, as [name, value] (e.g. the certainty switch). */
  hidden?: [string, string][];
  /** The submit button's text. */
  submit: string;
  /** The unfiltered view, shown as a link when the reader has filtered. */
  reset?: { href: string; label: string } | null;
  children: ReactNode;
}) {
  return (
    <form
      action={action}
      method="get"
      role={label === undefined ? undefined : "search"}
      aria-label={label}
      className={`no-print ${margin ? `${margin} ` : ""}flex flex-wrap items-end gap-3 rounded-lg border border-rule bg-white p-4`}
    >
      {hidden.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <button
        type="submit"
        className="rounded bg-accent px-4 py-1.5 text-sm font-semibold text-white hover:bg-accent/90"
      >
        {submit}
      </button>
      {reset && (
        <Link href={reset.href} className="py-1.5 text-sm text-accent underline">
          {reset.label}
        </Link>
      )}
      <AutoSubmit />
    </form>
  );
}
