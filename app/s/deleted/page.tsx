import type { Metadata } from "next";
import Link from "next/link";
import { PageTitle } from "@/components/ui/page-title";

export const metadata: Metadata = {
  title: "Comparison deleted",
  robots: { index: false, follow: false },
};

export default function DeletedPage() {
  return (
    <>
      <PageTitle>The comparison was deleted</PageTitle>
      <p>
        Its page, articles and analysis are gone, and its links no longer work.{" "}
        <Link href="/new" className="text-accent underline">
          Start a new comparison
        </Link>
        .
      </p>
    </>
  );
}
