import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="no-print border-t border-rule py-8 text-sm text-muted">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-4 px-4 sm:px-6">
        <p>
          Parallax is open source. Every figure on these pages comes from the article texts shown,
          by rules described in{" "}
          <Link href="/about" className="text-accent underline">
            How it works
          </Link>
          .
        </p>
        <p>Articles are quoted for comparison and education.</p>
      </div>
    </footer>
  );
}
