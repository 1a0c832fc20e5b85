import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * PolNeAR (Newell et al., LREC 2018) as the evaluation scripts read it: `train` to tune on, `dev`
 * to report on (the month-12 test split is kept elsewhere). Every attribution is annotated with its
 * Source, Cue and Content spans (brat standoff, character offsets into the text file). Articles
 * annotated by several annotators are read once, from the first annotator's file by name. The data
 * is read, never copied.
 */
export const polnearSplitSchema = z.enum(["train", "dev"]);
export type PolnearSplit = z.infer<typeof polnearSplitSchema>;

export interface Span {
  start: number;
  end: number;
  /** The span's pieces: one, or several for a discontinuous span ("Content 1 5;8 12"). */
  pieces: [number, number][];
  text: string;
}

export interface PolnearAttribution {
  source: Span | null;
  cue: Span | null;
  content: Span | null;
}

export interface PolnearArticle {
  name: string;
  publisher: string;
  /** The article; its first line is the headline. */
  text: string;
  attributions: PolnearAttribution[];
}

function parseAnn(ann: string): PolnearAttribution[] {
  const spans = new Map<string, Span>();
  const events: string[][] = [];
  for (const line of ann.split("\n")) {
    const [id, body, text] = line.split("\t");
    if (!id || !body) continue;
    if (id.startsWith("T")) {
      // "Source 110 112"; a discontinuous span ("Content 1 5;8 12") keeps its outer bounds as
      // start and end, and its pieces.
      const parts = body.split(" ");
      const pieces = parts
        .slice(1)
        .join(" ")
        .split(";")
        .map((piece): [number, number] => {
          const [from = 0, to = 0] = piece.trim().split(" ").map(Number);
          return [from, to];
        })
        // The annotation lists a span's pieces in any order.
        .sort((a, b) => a[0] - b[0]);
      spans.set(id, {
        start: Math.min(...pieces.map((p) => p[0])),
        end: Math.max(...pieces.map((p) => p[1])),
        pieces,
        text: text ?? "",
      });
    } else if (id.startsWith("E")) {
      events.push(body.split(" "));
    }
  }
  return events.map((parts) => {
    const role = (name: string): Span | null => {
      const ref = parts.find((p) => p.startsWith(`${name}:`))?.split(":")[1];
      return ref ? (spans.get(ref) ?? null) : null;
    };
    return { source: role("Source"), cue: role("Cue"), content: role("Content") };
  });
}

/** The articles of one split in file-name order; null when the folder is not there. */
export function loadPolnear(dir: string, split: PolnearSplit): PolnearArticle[] | null {
  const root = path.join(dir, split);
  if (!fs.existsSync(path.join(root, "text"))) return null;
  const anns = fs.readdirSync(path.join(root, "attributions")).sort();
  const out: PolnearArticle[] = [];
  for (const file of fs.readdirSync(path.join(root, "text")).sort()) {
    if (!file.endsWith(".txt")) continue;
    const name = file.replace(/\.txt$/, "");
    const ann = anns.find((a) => a.startsWith(`${name}_`) && a.endsWith(".ann"));
    out.push({
      name,
      publisher: name.split("_")[0] ?? "",
      text: fs.readFileSync(path.join(root, "text", file), "utf8"),
      attributions: ann
        ? parseAnn(fs.readFileSync(path.join(root, "attributions", ann), "utf8"))
        : [],
    });
  }
  return out;
}
