import type { EvidenceView } from "@/lib/views/evidence";
import "./evidence.css";

/**
 * A sentence inside its paragraph: context muted, the claim underlined, cue
 * words in <mark>. `compact` leaves the context out (inline lists in tables).
 */
export function EvidenceText({
  evidence,
  compact = false,
}: {
  evidence: EvidenceView;
  compact?: boolean;
}) {
  const pieces = compact ? evidence.pieces.filter((piece) => piece.level > 0) : evidence.pieces;
  return (
    <span className="ev">
      {!compact && evidence.clippedStart && <span className="ev-c">… </span>}
      {pieces.map((piece, i) =>
        piece.level === 0 ? (
          <span key={i} className="ev-c">
            {piece.text}
          </span>
        ) : piece.level === 1 ? (
          piece.text
        ) : piece.level === 2 ? (
          <span key={i} className="ev-x">
            {piece.text}
          </span>
        ) : (
          <mark key={i} className="ev-m">
            {piece.text}
          </mark>
        ),
      )}
      {!compact && evidence.clippedEnd && <span className="ev-c"> …</span>}
    </span>
  );
}
