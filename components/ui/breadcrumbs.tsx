import { IntentLink } from "./intent-link";

export interface Crumb {
  href?: string;
  label: string;
}

/** The trail of a page inside a story: Stories / the story / this page. */
export function storyCrumbs(story: { href: string; title: string }, page: string): Crumb[] {
  return [
    { href: "/", label: "Stories" },
    { href: story.href, label: story.title },
    { label: page },
  ];
}

export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="no-print mb-4 text-sm text-muted">
      <ol className="flex flex-wrap items-center gap-1">
        {items.map((item, index) => (
          <li key={`${item.label}-${index}`} className="flex items-center gap-1">
            {index > 0 && <span aria-hidden="true">/</span>}
            {item.href ? (
              <IntentLink href={item.href} className="underline decoration-rule hover:text-accent">
                {item.label}
              </IntentLink>
            ) : (
              <span aria-current="page" className="text-ink">
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
