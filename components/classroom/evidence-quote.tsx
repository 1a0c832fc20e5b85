import type { EvidenceView } from "@/lib/classroom/views";
import { Parts } from "./parts";

/** A sentence from an article, credited to its outlet (a letter when blind) and its paragraph's number. */
export function EvidenceQuote({ evidence }: { evidence: EvidenceView }) {
  const noteNamesOutlet = evidence.note?.some((p) => p.kind === "outlet") ?? false;
  const n = evidence.paragraph;
  return (
    <figure className="evidence rounded border border-rule bg-white p-3">
      <figcaption className="mb-1 text-sm font-medium text-muted">
        {evidence.note && noteNamesOutlet ? (
          <>
            <Parts parts={evidence.note} />
            {n !== null ? ` (¶ ${n})` : ""}
          </>
        ) : (
          <>
            {evidence.outlet}
            {n !== null ? `, ¶ ${n}` : ""}
            {evidence.note ? (
              <>
                {" — "}
                <Parts parts={evidence.note} />
              </>
            ) : null}
          </>
        )}
      </figcaption>
      {evidence.whole ? (
        <p className="text-sm text-muted">See {evidence.outlet}’s text.</p>
      ) : (
        <blockquote className="break-words font-serif leading-relaxed">
          <Parts parts={evidence.line} />
        </blockquote>
      )}
    </figure>
  );
}
