import { type EvidenceIndex, paragraphHref } from "@/lib/views/evidence";
import { EvidenceText } from "./evidence-text";

/** A figure's passages, in full: what each says (who blames whom, whom it quotes), the marked text, and where it is. */
export function EvidenceEntries({
  storyHref,
  items,
}: {
  storyHref: string;
  items: EvidenceIndex["items"];
}) {
  return (
    <ol className="space-y-3">
      {items.map((item, i) => (
        <li key={i} className="border-l-2 border-rule pl-3">
          {item.lines.length > 0 && (
            <ul className="meta mb-1">
              {item.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          <p>
            <EvidenceText evidence={item.evidence} />
          </p>
          <p className="meta mt-1">
            <a
              href={paragraphHref(storyHref, item.evidence.article, item.evidence.paragraph)}
              className="text-accent underline"
            >
              {item.evidence.outlet}, paragraph {item.evidence.paragraph + 1}
            </a>
          </p>
        </li>
      ))}
    </ol>
  );
}
