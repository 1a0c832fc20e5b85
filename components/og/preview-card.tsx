import type { ReactNode } from "react";
import { SITE_NAME } from "@/lib/site";

/** The size every link-preview card is drawn at (Open Graph's 1.91:1). */
export const PREVIEW_SIZE = { width: 1200, height: 630 };

/** Cut a line for a card at a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}

/**
 * The frame of a preview card for next/og (Satori lays out flexbox only, so
 * every element with children says `display: flex`): the site's name and a
 * kicker on top, the body, a footer line.
 */
export function PreviewCard({
  kicker,
  footer,
  children,
}: {
  kicker: string;
  footer: string;
  children: ReactNode;
}) {
  return (
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        width: "100%",
        height: "100%",
        background: "#fbfaf7",
        color: "#1f1d1a",
        padding: 64,
        borderTop: "14px solid #0072b2",
      }}
    >
      <div
        style={{ display: "flex", justifyContent: "space-between", fontSize: 28, color: "#57534e" }}
      >
        <span style={{ fontWeight: 700, color: "#1f1d1a" }}>{SITE_NAME}</span>
        <span>{kicker}</span>
      </div>
      <div style={{ display: "flex", flexDirection: "column", flex: 1, marginTop: 36 }}>
        {children}
      </div>
      <div style={{ display: "flex", fontSize: 26, color: "#57534e" }}>{footer}</div>
    </div>
  );
}
