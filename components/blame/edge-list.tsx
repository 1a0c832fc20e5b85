import { EvidenceText } from "@/components/evidence/evidence-text";
import { plural } from "@/lib/format";
import { paragraphHref } from "@/lib/views/evidence";
import type { Network } from "@/lib/views/network";
import { RelationText } from "./relation-line";

/**
 * Every arrow of the network in words, strongest first: who, whom, how often,
 * and each statement's kind, voice and cue with its sentence marked and a link
 * to the paragraph in the article. An arrow's link in the picture opens its entry.
 */
export function EdgeList({ storySlug, network }: { storySlug: string; network: Network }) {
  const byId = new Map(network.nodes.map((n) => [n.id, n]));
  return (
    <section aria-labelledby="edges-heading" className="mt-8">
      <h2 id="edges-heading" className="text-xl font-semibold">
        Every arrow, with its sentences
      </h2>
      <p className="mb-3 text-sm text-muted">
        {plural(network.edges.length, "arrow")}, most statements first. Open one to read what was
        said, where and in whose voice.
      </p>
      <ol className="space-y-2" data-testid="edge-list">
        {network.edges.map((edge) => {
          const from = byId.get(edge.from);
          const to = byId.get(edge.to);
          return (
            <li
              key={edge.id}
              id={edge.id}
              data-edge-item={edge.id}
              className="card scroll-mt-4 p-3 target:ring-2 target:ring-accent"
            >
              <details>
                <summary className="cursor-pointer">
                  <span className="font-semibold">{from?.label}</span>{" "}
                  <span className="text-muted">({from?.sideLabel})</span>{" "}
                  {edge.polarity === "rejection" ? "denies or rejects blame concerning" : "blames"}{" "}
                  <span aria-hidden="true">→</span>{" "}
                  <span className="font-semibold">{to?.label}</span>{" "}
                  <span className="text-muted">({to?.sideLabel})</span>:{" "}
                  {plural(edge.count, "statement")}
                  <span className="meta block">{edge.kinds.join(" · ")}</span>
                </summary>
                <ol className="mt-3 space-y-3">
                  {edge.evidence.map((item) => (
                    <li key={item.line.id} className="border-l-2 border-rule pl-3">
                      <p className="meta mb-1">
                        <span className="font-semibold text-ink">{item.outlet}</span> ·{" "}
                        <RelationText line={item.line} />
                      </p>
                      <p>
                        <EvidenceText evidence={item.evidence} />
                      </p>
                      <p className="meta mt-1">
                        <a
                          href={paragraphHref(
                            storySlug,
                            item.evidence.article,
                            item.evidence.paragraph,
                          )}
                          className="text-accent underline"
                        >
                          Read it in {item.outlet}&apos;s article (paragraph{" "}
                          {item.evidence.paragraph + 1})
                        </a>
                      </p>
                    </li>
                  ))}
                </ol>
              </details>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
