import type { ReactNode } from "react";
import { evidencePageHref } from "@/lib/views/evidence";
import "./evidence.css";

/**
 * A figure that opens its sentences. Without JavaScript it is a plain link to
 * the figure's evidence page; with it, the section's evidence panel catches
 * the click and shows the sentences in place, under `#evidence=<key>`.
 */
export function EvidenceLink({
  storyHref,
  evidenceKey,
  includeUncertain = false,
  children,
}: {
  storyHref: string;
  evidenceKey: string;
  /** The figure counts uncertain blame relations too (?uncertain=1): its page must count them. */
  includeUncertain?: boolean;
  children: ReactNode;
}) {
  return (
    <a href={evidencePageHref(storyHref, evidenceKey, includeUncertain)} className="ev-a">
      {children}
    </a>
  );
}
