import { z } from "zod";
import { parseArgs } from "./args";
import { portSchema } from "./port";

/*
 * HTML bytes of a story's main pages as a running server sends them (issue 13: a story page under
 * 300 KB whatever the number of outlets). Each figure is the whole page and, in brackets, React's page data in it. Start the server first (`npm run build && npx next start -p
 * 3109`), then: npx tsx lib/cli/page-bytes.ts --port 3109 /stories/basra-consulate-2018 /s/<id>
 */
const args = parseArgs(
  process.argv.slice(2),
  z.strictObject({
    port: portSchema.default(3000),
    _: z
      .array(z.string().regex(/^\/[^\s?#]*$/, "each story is a path such as /stories/slug"))
      .min(1),
  }),
);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** Bytes of React's page data (the `self.__next_f.push` scripts), which repeats the rendered tree. */
function flightBytes(html: Buffer): number {
  let total = 0;
  for (const match of html
    .toString("utf8")
    .matchAll(/<script[^>]*>\(?self\.__next_f[^]*?<\/script>/g))
    total += Buffer.byteLength(match[0]);
  return total;
}

const VIEWS = ["", "/quotes", "/compare", "/blame"] as const;

console.log(["story", ...VIEWS.map((v) => v || "/ (story)")].join("\t"));
for (const story of args._) {
  const cells: string[] = [story];
  for (const view of VIEWS) {
    const url = `http://127.0.0.1:${args.port}${story}${view}`;
    const response = await fetch(url);
    const html = Buffer.from(await response.arrayBuffer());
    cells.push(
      response.ok
        ? `${kb(html.length)} (${kb(flightBytes(html))} data)`
        : `HTTP ${response.status}`,
    );
  }
  console.log(cells.join("\t"));
}
