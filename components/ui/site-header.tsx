import Link from "next/link";
import { SITE_NAME } from "@/lib/site";

export function SiteHeader() {
  return (
    <header className="border-b border-rule bg-white/70">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="group flex items-baseline gap-2 no-underline">
          <span className="font-serif text-2xl font-bold tracking-tight text-ink">{SITE_NAME}</span>
          <span className="hidden text-sm text-muted sm:inline">one story, many tellings</span>
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm font-medium">
            <li>
              <Link href="/" className="text-ink hover:text-accent">
                Stories
              </Link>
            </li>
            <li>
              <Link href="/outlets" className="text-ink hover:text-accent">
                Outlets
              </Link>
            </li>
            <li>
              <Link href="/about" className="text-ink hover:text-accent">
                How it works
              </Link>
            </li>
            <li>
              <Link href="/new" className="text-accent hover:text-blue-800">
                New comparison
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
