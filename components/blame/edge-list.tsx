import { EvidenceText } from "@/components/evidence/evidence-text";
import { plural } from "@/lib/format";
import { paragraphHref } from "@/lib/views/evidence";
import type { BlamePanels, OutletPanel } from "@/lib/views/network-panels";
import { RelationText } from "./relation-line";

function OutletEdges({ storyHref, panel }: { storyHref: string; panel: OutletPanel }) {
  const byId = new Map([...panel.accusers, ...panel.accused].map((n) => [n.id, n]));
  return (
    <ol className="space-y-2" data-outlet={panel.article}>
      {panel.edges.map((edge) => {
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
                <span aria-hidden="true">→</span> <span className="font-semibold">{to?.label}</span>{" "}
                <span className="text-muted">({to?.sideLabel})</span>:{" "}
                {plural(edge.count, "statement")}
                <span className="meta block">{edge.kinds.join(" · ")}</span>
              </summary>
              <ol className="mt-3 space-y-3">
                {edge.evidence.map((item) => (
                  <li key={item.line.id} className="border-l-2 border-rule pl-3">
                    <p className="meta mb-1">
                      <RelationText line={item.line} />
                    </p>
                    <p>
                      <EvidenceText evidence={item.evidence} />
                    </p>
                    <p className="meta mt-1">
                      <a
                        href={paragraphHref(
                          storyHref,
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
  );
}

/**
 * Every arrow of the pictures in words, outlet by outlet, strongest first:
 * who, whom, how often, and each statement's kind, voice and cue with its
 * sentence marked and a link to the paragraph. This list is the accessible
 * equivalent of the pictures; an arrow's link in a picture opens its entry.
 */
export function EdgeList({ storyHref, data }: { storyHref: string; data: BlamePanels }) {
  const shown = data.panels.filter((p) => p.edges.length > 0);
  const arrows = shown.reduce((sum, p) => sum + p.edges.length, 0);
  return (
    <section aria-labelledby="edges-heading" className="mt-8">
      <h2 id="edges-heading" className="text-xl font-semibold">
        Every arrow, with its sentences
      </h2>
      <p className="mb-3 text-sm text-muted">
        {plural(arrows, "arrow")}
        {shown.length > 1 ? ", outlet by outlet" : ""}, most statements first. Open one to read what
        was said, where and in whose voice.
      </p>
      <div className="space-y-6" data-testid="edge-list">
        {shown.map((panel) => (
          <section key={panel.article} aria-labelledby={`edges-${panel.article}`}>
            <h3 id={`edges-${panel.article}`} className="mb-2 font-semibold">
              {panel.outlet}{" "}
              <span className="font-normal text-muted">
                · {plural(panel.edges.length, "arrow")}
              </span>
            </h3>
            <OutletEdges storyHref={storyHref} panel={panel} />
          </section>
        ))}
      </div>
    </section>
  );
}
