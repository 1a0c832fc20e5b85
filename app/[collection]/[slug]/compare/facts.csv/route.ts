import type { NextRequest } from "next/server";
import { loadStory, storyFileHeaders, unavailable } from "@/lib/stories";
import { parseCompareSelection } from "@/lib/views/compare";
import { factsCsv } from "@/lib/views/export";
import { fromSearchParams } from "@/lib/views/search-params";

/**
 * The compare view's facts as CSV: only the outlets chosen (`?a=…&b=…`, read
 * exactly as the page reads them), in their column order. The whole story's
 * table stays at `…/export/facts.csv`.
 */
export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ collection: string; slug: string }> },
) {
  const { collection, slug } = await params;
  const loaded = await loadStory(collection, slug);
  if (loaded?.state !== "ready") return unavailable(loaded);
  const { analysis } = loaded;
  const selection = parseCompareSelection(fromSearchParams(request.nextUrl.searchParams), analysis);
  const name = `${slug}-facts-${selection.articles.join("-vs-")}.csv`;
  return new Response(factsCsv(analysis, selection.articles), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      ...storyFileHeaders(loaded.story),
    },
  });
}
