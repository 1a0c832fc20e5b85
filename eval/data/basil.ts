import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * The BASIL development split (Fan et al., EMNLP 2019) as the evaluation scripts read it, split
 * once, before any tuning, by year: 2010–2011 to tune on, 2012 to report on. The reporting years
 * stay out of the development loop: scripts default to the tuning split, and the reporting
 * split's errors are read only at the end, to describe them. The data is read, never copied.
 */
export const BASIL_SPLITS = { tune: ["2010", "2011"], report: ["2012"] } as const;
export type BasilSplit = keyof typeof BASIL_SPLITS | "all";
export const basilSplitSchema = z.enum(["tune", "report", "all"]);

const articleSchema = z.object({
  title: z.string().optional(),
  date: z.string().optional(),
  source: z.string(),
  "triplet-uuid": z.string().optional(),
  "body-paragraphs": z.array(z.array(z.string())),
});

const annotationSchema = z.object({
  "phrase-level-annotations": z.array(
    z.looseObject({
      txt: z.string(),
      start: z.number(),
      end: z.number(),
      bias: z.string().optional(),
      polarity: z.string().optional(),
      aim: z.string().optional(),
      target: z.string().optional(),
      quote: z.string(),
      speaker: z.string(),
    }),
  ),
});

export type BasilAnnotation = z.infer<typeof annotationSchema>["phrase-level-annotations"][number];

export interface BasilSentence {
  start: number;
  text: string;
  paragraph: number;
}

export interface BasilArticle {
  /** File name without extension, e.g. "12_3" (triplet 12, third outlet). */
  id: string;
  year: string;
  /** The event the article reports (the triplet's uuid). */
  event: string;
  source: string;
  title: string;
  /** Paragraphs on their own lines, sentences joined by spaces. */
  text: string;
  sentences: BasilSentence[];
  annotations: BasilAnnotation[];
}

/** Article text as the brief builds it: paragraphs on lines, sentences joined by spaces. */
export function buildBasilText(paragraphs: readonly (readonly string[])[]): {
  text: string;
  sentences: BasilSentence[];
} {
  let text = "";
  const sentences: BasilSentence[] = [];
  paragraphs.forEach((paragraph, p) => {
    if (p > 0) text += "\n";
    paragraph.forEach((sentence, s) => {
      if (s > 0) text += " ";
      sentences.push({ start: text.length, text: sentence, paragraph: p });
      text += sentence;
    });
  });
  return { text, sentences };
}

/** Where an annotated span sits in the built text, trimmed of the quote marks and punctuation annotators often include. */
export function locateSpan(
  sentences: readonly BasilSentence[],
  txt: string,
  start: number,
  end: number,
): [number, number] | null {
  const exact = sentences.find((sentence) => sentence.text.slice(start, end) === txt);
  const sentence = exact ?? sentences.find((candidate) => candidate.text.includes(txt));
  if (!sentence) return null;
  const base = sentence.start + (exact ? start : sentence.text.indexOf(txt));
  const lead = txt.length - txt.replace(/^[\s“”"‘’'.,]+/u, "").length;
  const trail = txt.length - txt.replace(/[\s“”"‘’'.,?!]+$/u, "").length;
  return lead + trail >= txt.length
    ? [base, base + txt.length]
    : [base + lead, base + txt.length - trail];
}

/** The articles of one split, in a stable order (year, then file name). Null when the folder is not there. */
export function loadBasil(dir: string, split: BasilSplit): BasilArticle[] | null {
  const articleRoot = path.join(dir, "articles");
  if (!fs.existsSync(articleRoot)) return null;
  const years =
    split === "all" ? [...BASIL_SPLITS.tune, ...BASIL_SPLITS.report] : BASIL_SPLITS[split];
  const out: BasilArticle[] = [];
  for (const year of years) {
    const folder = path.join(articleRoot, year);
    if (!fs.existsSync(folder)) continue;
    for (const file of fs.readdirSync(folder).sort()) {
      if (!file.endsWith(".json")) continue;
      const id = file.replace(/\.json$/, "");
      const parsed = articleSchema.safeParse(
        JSON.parse(fs.readFileSync(path.join(folder, file), "utf8")),
      );
      if (!parsed.success) throw new Error(`${year}/${file}: not in the expected BASIL shape`);
      const annotationFile = path.join(dir, "annotations", year, `${id}_ann.json`);
      const annotations = fs.existsSync(annotationFile)
        ? annotationSchema.safeParse(JSON.parse(fs.readFileSync(annotationFile, "utf8")))
        : null;
      if (annotations && !annotations.success)
        throw new Error(`${year}/${id}_ann.json: not in the expected BASIL shape`);
      const { text, sentences } = buildBasilText(parsed.data["body-paragraphs"]);
      out.push({
        id,
        year,
        event: parsed.data["triplet-uuid"] ?? `${year}/${id.split("_")[0] ?? id}`,
        source: parsed.data.source,
        title: parsed.data.title ?? "",
        text,
        sentences,
        annotations: annotations?.data["phrase-level-annotations"] ?? [],
      });
    }
  }
  return out;
}
