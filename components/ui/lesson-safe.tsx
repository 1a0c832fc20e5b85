"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { isStudentPage } from "@/lib/classroom/student-page";

// A student's classroom page, of a curated or a user story, links nowhere outside the lesson
// (lib/classroom/student-page says why).

/** The site's name: a link home, except on a student's page. */
export function SiteBrand({ children }: { children: ReactNode }) {
  const student = isStudentPage(usePathname());
  return student ? (
    <span className="flex items-baseline gap-2">{children}</span>
  ) : (
    <Link href="/" className="group flex items-baseline gap-2 no-underline">
      {children}
    </Link>
  );
}

/** The site's navigation, left out of a student's page. */
export function SiteNav() {
  if (isStudentPage(usePathname())) return null;
  return (
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
  );
}

/** The footer's credit line, with its link to the method except on a student's page. */
export function FooterCredit() {
  const student = isStudentPage(usePathname());
  return (
    <p>
      Parallax is open source. Every figure on these pages comes from the article texts shown, by
      rules described in{" "}
      {student ? (
        "How it works"
      ) : (
        <Link href="/about" className="text-accent underline">
          How it works
        </Link>
      )}
      .
    </p>
  );
}
