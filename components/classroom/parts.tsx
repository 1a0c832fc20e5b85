import { Fragment } from "react";
import type { Part } from "@/lib/classroom/lines";

/** Resolved lesson text: outlet letters in bold, the telling words marked. */
export function Parts({ parts }: { parts: Part[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.kind === "outlet" ? (
          <strong key={i} className="font-semibold">
            {part.text}
          </strong>
        ) : part.kind === "mark" ? (
          <mark key={i} className="classroom-mark">
            {part.text}
          </mark>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
