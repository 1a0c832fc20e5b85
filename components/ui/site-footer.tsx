import { FooterCredit } from "./lesson-safe";

export function SiteFooter() {
  return (
    <footer className="no-print border-t border-rule py-8 text-sm text-muted">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-4 px-4 sm:px-6">
        <FooterCredit />
        <p>Articles are quoted for comparison and education.</p>
      </div>
    </footer>
  );
}
