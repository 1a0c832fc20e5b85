import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { PageTitle } from "@/components/ui/page-title";
import { getOutlets, getStoriesForOutlet, outletTypeLabels } from "@/lib/content";
import { plural } from "@/lib/format";

export const metadata: Metadata = {
  title: "Outlets",
  description: "Profiles of the outlets whose articles Parallax compares.",
  alternates: { canonical: "/outlets" },
};

export default function OutletsPage() {
  const outlets = getOutlets();
  return (
    <>
      <PageTitle
        kicker="Who published what"
        lead="Short, sourced profiles: type, country and ownership, each claim with a public reference."
      >
        Outlets
      </PageTitle>
      <ul className="grid gap-3 sm:grid-cols-2">
        {outlets.map((outlet) => {
          const stories = getStoriesForOutlet(outlet.slug).length;
          return (
            <li key={outlet.slug} className="rounded-lg border border-rule bg-white p-4">
              <p className="flex flex-wrap items-center gap-2">
                <Link
                  href={`/outlets/${outlet.slug}`}
                  className="font-semibold text-ink underline decoration-rule hover:text-accent"
                >
                  {outlet.name}
                </Link>
                <Badge tone="muted">{outletTypeLabels[outlet.type]}</Badge>
              </p>
              <p className="mt-1 text-sm text-muted">
                {[outlet.country, outlet.domain].filter(Boolean).join(" · ") || "Not identified"} ·{" "}
                {plural(stories, "story", "stories")}
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
