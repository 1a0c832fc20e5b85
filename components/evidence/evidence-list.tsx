import { plural } from "@/lib/format";
import { type EvidenceItem, paragraphHref } from "@/lib/views/evidence";
import { EvidenceText } from "./evidence-text";

/**
 * A table row's sentences in a <details>, for reading without JavaScript:
 * the evidence sentence with its cue words marked and a link to the paragraph.
 * Kept lean (no context, one short link) because it is part of the page.
 */
export function EvidenceList<Extra>({
  storyHref,
  items,
}: {
  storyHref: string;
  items: EvidenceItem<Extra>[];
}) {
  if (items.length === 0) return <span className="meta">None</span>;
  return (
    <details>
      <summary className="cursor-pointer text-accent underline">
        {plural(items.length, "sentence")}
      </summary>
      <ol className="mt-1 space-y-2">
        {items.map((item) => (
          <li key={`${item.evidence.article}-${item.evidence.paragraph}-${item.keys.join(" ")}`}>
            <EvidenceText evidence={item.evidence} compact />{" "}
            <a
              href={paragraphHref(storyHref, item.evidence.article, item.evidence.paragraph)}
              className="ev-a meta"
            >
              {`¶${item.evidence.paragraph + 1}`}
            </a>
          </li>
        ))}
      </ol>
    </details>
  );
}
