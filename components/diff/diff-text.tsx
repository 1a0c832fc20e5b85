import type { DiffPart } from "@/lib/analysis";

/**
 * A word diff: deletions struck through, insertions underlined (not colour
 * alone), each announced to screen readers.
 */
export function DiffText({ parts, show = "both" }: { parts: DiffPart[]; show?: "both" | "a" | "b" }) {
  return (
    <>
      {parts.map((part, index) => {
        if (part.op === "equal") return <span key={index}>{part.text}</span>;
        if (part.op === "delete") {
          if (show === "b") return null;
          return (
            <del key={index} className="diff-del">
              <span className="sr-only">[removed: </span>
              {part.text}
              <span className="sr-only">]</span>
            </del>
          );
        }
        if (show === "a") return null;
        return (
          <ins key={index} className="diff-ins">
            <span className="sr-only">[added: </span>
            {part.text}
            <span className="sr-only">]</span>
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
