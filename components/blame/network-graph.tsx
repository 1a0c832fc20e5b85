import { plural } from "@/lib/format";
import type { BlamePanels, OutletPanel, PanelNode } from "@/lib/views/network-panels";
import { shapePath } from "./shapes";
import { NO_BLAME_IN_ARTICLE } from "@/lib/views/blame-empty";

const INK = "#1f1d1a";
const MUTED = "#57534e";
const LINE = 16;

function NodeMark({ node }: { node: PanelNode }) {
  const ring = node.shape === "ring";
  return (
    <path
      d={shapePath(node.shape, node.x, node.y, node.r)}
      fill={ring ? "white" : node.colour}
      stroke={ring ? node.colour : INK}
      strokeWidth={ring ? 2.5 : 1}
    />
  );
}

/** A party: its mark, and its label (wrapped, never clipped) on the outer side of its column. */
function Node({ node, side }: { node: PanelNode; side: "from" | "to" }) {
  const x = side === "from" ? node.x - node.r - 6 : node.x + node.r + 6;
  const top = node.y - ((node.lines.length - 1) * LINE) / 2;
  return (
    <g data-node={node.id} data-column={side}>
      <title>{`${node.label} (${node.sideLabel})`}</title>
      <NodeMark node={node} />
      <text
        x={x}
        textAnchor={side === "from" ? "end" : "start"}
        dominantBaseline="central"
        fontSize="13"
        fill={INK}
      >
        {node.lines.map((line, i) => (
          <tspan key={i} x={x} y={top + i * LINE}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

const marker = (colour: string) => `arrow-${colour.replace("#", "")}`;

/** One outlet's picture. Each arrow links to its entry in the list below (the accessible version). */
function Panel({ panel }: { panel: OutletPanel }) {
  const labels = new Map([...panel.accusers, ...panel.accused].map((n) => [n.id, n.label]));
  const colours = [...new Set(panel.edges.map((e) => e.colour))];
  return (
    <svg
      viewBox={`0 0 ${panel.width} ${panel.height}`}
      className="block h-auto w-full"
      aria-hidden="true"
      focusable="false"
      data-panel-svg={panel.article}
    >
      <defs>
        {colours.map((colour) => (
          <marker
            key={colour}
            id={`${marker(colour)}-${panel.article}`}
            viewBox="0 0 10 10"
            refX="1"
            refY="5"
            markerWidth="9"
            markerHeight="9"
            markerUnits="userSpaceOnUse"
            orient="auto"
          >
            <path d="M0 0L10 5L0 10z" fill={colour} stroke={INK} strokeWidth="0.6" />
          </marker>
        ))}
      </defs>
      <text x="0" y="12" fontSize="12" fill={MUTED}>
        Who blames
      </text>
      <text x={panel.width} y="12" fontSize="12" fill={MUTED} textAnchor="end">
        Who is blamed
      </text>
      <g fill="none">
        {panel.edges.map((edge) => (
          <a key={edge.id} href={`#${edge.id}`} tabIndex={-1} data-edge={edge.id} className="group">
            <title>{`${labels.get(edge.from) ?? edge.from} → ${labels.get(edge.to) ?? edge.to}: ${plural(edge.count, "statement")} (${edge.kinds.join(", ")})`}</title>
            <path d={edge.path} stroke="transparent" strokeWidth={14} />
            <path
              d={edge.path}
              stroke={edge.colour}
              strokeWidth={edge.width}
              strokeDasharray={edge.polarity === "rejection" ? "6 4" : undefined}
              markerEnd={`url(#${marker(edge.colour)}-${panel.article})`}
              className="opacity-80 transition-opacity group-hover:opacity-100 group-data-active:opacity-100 motion-reduce:transition-none"
            />
            <path
              d={edge.path}
              stroke={INK}
              strokeWidth={edge.width + 5}
              className="opacity-0 group-data-active:opacity-30"
            />
          </a>
        ))}
      </g>
      {panel.accusers.map((node) => (
        <Node key={node.id} node={node} side="from" />
      ))}
      {panel.accused.map((node) => (
        <Node key={node.id} node={node} side="to" />
      ))}
    </svg>
  );
}

/**
 * Who blames whom, one small picture per outlet (or one outlet, larger): who
 * blames on the left, who is blamed on the right; thicker arrows carry more
 * statements, dashed ones deny or reject blame. Drawn on the server; it scales
 * to the width of the screen, so nothing scrolls sideways.
 */
export function NetworkGraph({ data, title }: { data: BlamePanels; title: string }) {
  const single = data.panels.length === 1;
  return (
    <figure className="card p-3 sm:p-4" aria-labelledby="network-title">
      <figcaption className="mb-2">
        <h2 id="network-title" className="text-lg font-semibold">
          {title}
        </h2>
        <span className="block max-w-3xl text-sm text-muted">
          {single ? "" : "One picture per outlet. "}Arrows point from who blames (left) to who is
          blamed (right); thicker arrows carry more statements; dashed arrows deny or reject blame.
          Click an arrow to read its sentences; the list below has every arrow in words.
        </span>
      </figcaption>
      <NetworkLegend sides={data.sides} />
      <ol
        className={`mt-3 grid gap-4 ${single ? "max-w-xl" : "md:grid-cols-2 xl:grid-cols-3"}`}
        data-testid="network"
      >
        {data.panels.map((panel) => (
          <li
            key={panel.article}
            data-panel={panel.article}
            className="min-w-0 rounded border border-rule p-3"
          >
            <h3 className="mb-2 text-sm font-semibold">
              {panel.outlet}{" "}
              <span className="font-normal text-muted">
                · {plural(panel.statements, "statement")}
              </span>
            </h3>
            {panel.edges.length === 0 ? (
              <p className="meta">{NO_BLAME_IN_ARTICLE}</p>
            ) : (
              <Panel panel={panel} />
            )}
          </li>
        ))}
      </ol>
    </figure>
  );
}

/** Sides by colour and shape, and what the arrow styles mean. */
function NetworkLegend({ sides }: { sides: BlamePanels["sides"] }) {
  return (
    <ul aria-label="Key" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {sides.map((side) => (
        <li key={side.id} className="flex items-center gap-1.5">
          <svg viewBox="0 0 20 20" className="h-4 w-4" aria-hidden="true">
            <path
              d={shapePath(side.shape, 10, 10, 7)}
              fill={side.shape === "ring" ? "white" : side.colour}
              stroke={side.shape === "ring" ? side.colour : INK}
              strokeWidth={side.shape === "ring" ? 2.5 : 1}
            />
          </svg>
          {side.label}
        </li>
      ))}
      <li className="flex items-center gap-1.5">
        <svg viewBox="0 0 28 10" className="h-3 w-7" aria-hidden="true">
          <path d="M1 5H27" stroke={INK} strokeWidth="2.5" />
        </svg>
        blames
      </li>
      <li className="flex items-center gap-1.5">
        <svg viewBox="0 0 28 10" className="h-3 w-7" aria-hidden="true">
          <path d="M1 5H27" stroke={INK} strokeWidth="2.5" strokeDasharray="5 3" />
        </svg>
        denies or rejects
      </li>
    </ul>
  );
}
