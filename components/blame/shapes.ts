import type { NodeShape } from "@/lib/views/network";

const round = (value: number) => Math.round(value * 10) / 10;

// Unit outlines; the node's size scales them.
const polygons: Partial<Record<NodeShape, string>> = {
  square: "-0.85,-0.85 0.85,-0.85 0.85,0.85 -0.85,0.85",
  diamond: "0,-1.2 1.2,0 0,1.2 -1.2,0",
  triangle: "0,-1.2 1.1,0.8 -1.1,0.8",
  "triangle-down": "0,1.2 1.1,-0.8 -1.1,-0.8",
  hexagon: "1,0 0.5,0.87 -0.5,0.87 -1,0 -0.5,-0.87 0.5,-0.87",
  pentagon: "0,-1.1 1.05,-0.34 0.65,0.89 -0.65,0.89 -1.05,-0.34",
  star: "0,-1.25 0.33,-0.4 1.19,-0.39 0.5,0.15 0.73,1 0,0.5 -0.73,1 -0.5,0.15 -1.19,-0.39 -0.33,-0.4",
};

/** An SVG path for a node's shape centred on (x, y) with "radius" r: the side's second cue after colour. */
export function shapePath(shape: NodeShape, x: number, y: number, r: number): string {
  const points = polygons[shape];
  if (!points)
    return `M${round(x - r)} ${round(y)}a${r} ${r} 0 1 0 ${round(2 * r)} 0a${r} ${r} 0 1 0 ${round(-2 * r)} 0Z`;
  const coords = points.split(" ").map((pair) => {
    const [px = 0, py = 0] = pair.split(",").map(Number);
    return `${round(x + px * r)} ${round(y + py * r)}`;
  });
  return `M${coords.join("L")}Z`;
}
