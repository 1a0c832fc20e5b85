import { SITE_NAME } from "@/lib/site";
import { SiteBrand, SiteNav } from "./lesson-safe";

export function SiteHeader() {
  return (
    <header className="border-b border-rule bg-white/70">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <SiteBrand>
          <span className="font-serif text-2xl font-bold tracking-tight text-ink">{SITE_NAME}</span>
          <span className="hidden text-sm text-muted sm:inline">one story, many tellings</span>
        </SiteBrand>
        <SiteNav />
      </div>
    </header>
  );
}
