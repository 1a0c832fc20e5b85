import { plural } from "@/lib/format";
import type { Network, NetworkNode } from "@/lib/views/network";
import { shapePath } from "./shapes";

const INK = "#1f1d1a";

function NodeMark({ node }: { node: NetworkNode }) {
  const ring = node.shape === "ring";
  return (
    <path
      d={shapePath(node.shape, node.x, node.y, node.r)}
      fill={ring ? "white" : node.colour}
      stroke={ring ? node.colour : INK}
      strokeWidth={ring ? 3 : 1.25}
    />
  );
}

/**
 * Who blames whom, drawn on the server as one SVG: actors on a circle grouped
 * by side (colour and shape), edges from accuser to accused, thicker for more
 * statements, dashed for denials and rejections. An edge is a link to its
 * entry in the list below, which is the accessible version of the picture.
 */
export function NetworkGraph({ network, title }: { network: Network; title: string }) {
  const byId = new Map(network.nodes.map((n) => [n.id, n]));
  const colours = [...new Set(network.edges.map((e) => e.colour))];
  const marker = (colour: string) => `arrow-${colour.replace("#", "")}`;
  return (
    <figure className="card p-3" aria-labelledby="network-title">
      <figcaption className="mb-2 px-1">
        <h2 id="network-title" className="text-lg font-semibold">
          {title}
        </h2>
        <span className="block text-sm text-muted">
          Arrows point from who blames to who is blamed; thicker arrows carry more statements;
          dashed arrows deny or reject blame. Click an arrow to read its sentences. The list below
          has every arrow in words; on a small screen the picture scrolls sideways.
        </span>
      </figcaption>
      <NetworkLegend network={network} />
      {/* On a phone the picture keeps a readable size and scrolls sideways (centred on load). */}
      <div className="mt-2 overflow-x-auto" data-network-scroll>
        <svg
          viewBox={`0 0 ${network.size} ${network.size}`}
          className="mx-auto block h-auto w-full min-w-[30rem] max-w-4xl"
          aria-hidden="true"
          focusable="false"
          data-testid="network"
        >
          <defs>
            {colours.map((colour) => (
              <marker
                key={colour}
                id={marker(colour)}
                viewBox="0 0 10 10"
                refX="8.5"
                refY="5"
                markerWidth="13"
                markerHeight="13"
                markerUnits="userSpaceOnUse"
                orient="auto"
              >
                <path d="M0 0L10 5L0 10z" fill={colour} stroke={INK} strokeWidth="0.6" />
              </marker>
            ))}
          </defs>
          <g fill="none">
            {network.edges.map((edge) => {
              const from = byId.get(edge.from)?.label ?? edge.from;
              const to = byId.get(edge.to)?.label ?? edge.to;
              return (
                <a
                  key={edge.id}
                  href={`#${edge.id}`}
                  tabIndex={-1}
                  data-edge={edge.id}
                  className="group"
                >
                  <title>{`${from} → ${to}: ${plural(edge.count, "statement")} (${edge.kinds.join(", ")})`}</title>
                  <path d={edge.path} stroke="transparent" strokeWidth={16} />
                  <path
                    d={edge.path}
                    stroke={edge.colour}
                    strokeWidth={edge.width}
                    strokeDasharray={edge.polarity === "rejection" ? "7 5" : undefined}
                    strokeLinecap="round"
                    markerEnd={`url(#${marker(edge.colour)})`}
                    className="opacity-75 transition-opacity group-hover:opacity-100 group-data-active:opacity-100 motion-reduce:transition-none"
                  />
                  <path
                    d={edge.path}
                    stroke={INK}
                    strokeWidth={edge.width + 5}
                    className="opacity-0 group-data-active:opacity-30"
                  />
                </a>
              );
            })}
          </g>
          {network.nodes.map((node) => (
            <g key={node.id} data-node={node.id}>
              <title>{`${node.label} (${node.sideLabel})`}</title>
              <NodeMark node={node} />
              <text
                x={node.labelAnchor === "start" ? node.x + node.r + 6 : node.x - node.r - 6}
                y={node.y}
                transform={`rotate(${node.labelAngle} ${node.x} ${node.y})`}
                textAnchor={node.labelAnchor}
                dominantBaseline="central"
                fontSize="14"
                fill={INK}
              >
                {node.label.length > 27 ? `${node.label.slice(0, 26)}…` : node.label}
              </text>
            </g>
          ))}
        </svg>
      </div>
    </figure>
  );
}

/** Sides by colour and shape, and what the arrow styles mean. */
function NetworkLegend({ network }: { network: Network }) {
  return (
    <ul aria-label="Key" className="flex flex-wrap gap-x-4 gap-y-1 px-1 text-sm">
      {network.sides.map((side) => (
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
