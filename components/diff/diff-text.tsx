import type { DiffPart } from "@/lib/analysis";

/**
 * A word diff: deletions struck through, insertions underlined (not colour
 * alone), each announced to screen readers by CSS-generated text (globals.css).
 */
export function DiffText({
  parts,
  show = "both",
}: {
  parts: DiffPart[];
  show?: "both" | "a" | "b";
}) {
  return (
    <>
      {parts.map((part, index) => {
        if (part.op === "equal") return part.text;
        if (part.op === "delete") {
          return show === "b" ? null : (
            <del key={index} className="diff-del">
              {part.text}
            </del>
          );
        }
        return show === "a" ? null : (
          <ins key={index} className="diff-ins">
            {part.text}
          </ins>
        );
      })}
    </>
  );
}

/** The key to diff marks, shown once near any diff. */
export function DiffLegend() {
  return (
    <p className="text-sm text-muted">
      <del className="diff-del">struck through</del>: words only in the base version ·{" "}
      <ins className="diff-ins">underlined</ins>: words only in this version
    </p>
  );
}
