import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { makeBlameAnalysis, makeSourcesAnalysis } from "@/lib/views/test-analysis";
import { VoicesByOutlet } from "./voices-by-outlet";

const render = (analysis: Parameters<typeof VoicesByOutlet>[0]["analysis"]) =>
  renderToStaticMarkup(<VoicesByOutlet storyHref="/s/abc" analysis={analysis} />);

/** The legend's entries, in order (each swatch is followed by its label). */
const legend = (html: string) =>
  [
    ...(/<ul aria-label="Colours:[^"]*"[^>]*>(.*?)<\/ul>/.exec(html)?.[1] ?? "").matchAll(
      /<\/span>([^<]*)<\/li>/g,
    ),
  ].map((m) => m[1]);

describe("VoicesByOutlet", () => {
  it("names the sources of a story with no sides in the legend and the table, never “Unknown”", () => {
    const html = render(
      makeSourcesAnalysis(
        [
          ["northfield-courier", "northfield-courier"],
          ["reuters", "reuters"],
        ],
        [
          { article: "northfield-courier", name: "Ana Lopez", actor: "ana-lopez", quotes: [3] },
          { article: "reuters", name: "Ana Lopez", actor: "ana-lopez", quotes: [3] },
          { article: "reuters", name: "Ben Ng", quotes: [2] },
        ],
      ),
    );
    expect(legend(html)).toEqual(["Ana Lopez", "Ben Ng"]);
    expect(html).toContain('<th scope="col">Side or source</th>');
    expect(html).toContain("otherwise by the source itself");
    expect(html).not.toContain("Unknown");
  });

  it("keeps a curated story's sides in the legend", () => {
    expect(legend(render(makeBlameAnalysis()))).toEqual(["United States"]);
  });
});
