import Link from "next/link";
import { pageNumbers } from "@/lib/views/outlet-window";

/**
 * Numbered page links (first, last, and the pages around the current one), with Previous and Next.
 * Plain links with the page in the URL, so they work without JavaScript and can be shared; never
 * prefetched, as each page is a full render of a large view.
 */
export function Pager({
  label,
  page,
  pages,
  href,
}: {
  /** What is paged, for assistive technology: "Pages of outlets". */
  label: string;
  page: number;
  pages: number;
  href: (page: number) => string;
}) {
  if (pages <= 1) return null;
  const link = "inline-block min-w-9 rounded border border-rule bg-white px-2 py-1 text-center";
  return (
    <nav aria-label={label} className="no-print my-3">
      <ul className="flex flex-wrap items-center gap-1 text-sm">
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} prefetch={false} className={`${link} text-accent`}>
              <span aria-hidden="true">← </span>Previous
            </Link>
          </li>
        )}
        {pageNumbers(page, pages).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={n}>
              <Link
                href={href(n)}
                prefetch={false}
                aria-current={n === page ? "page" : undefined}
                aria-label={`Page ${n}`}
                className={
                  n === page
                    ? `${link} border-accent bg-accent font-semibold text-white`
                    : `${link} text-accent underline`
                }
              >
                {n}
              </Link>
            </li>
          ),
        )}
        {page < pages && (
          <li>
            <Link href={href(page + 1)} prefetch={false} className={`${link} text-accent`}>
              Next<span aria-hidden="true"> →</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
