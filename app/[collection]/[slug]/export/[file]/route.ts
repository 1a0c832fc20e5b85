import { loadStory, storyFileHeaders, unavailable } from "@/lib/stories";
import { readCertainty } from "@/lib/views/certainty";
import { fromSearchParams } from "@/lib/views/search-params";
import { EXPORT_FILES, exportFile, type ExportFile } from "@/lib/views/export";

const isExportFile = (file: string): file is ExportFile =>
  (EXPORT_FILES as readonly string[]).includes(file);

/**
 * The story's analysis as JSON, or facts / quotes / blame as CSV, at stable URLs. Blame holds the
 * confident relations, as the pages show by default; `?uncertain=1` adds the others (each row
 * carries its confidence).
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ collection: string; slug: string; file: string }> },
) {
  const { collection, slug, file } = await params;
  if (!isExportFile(file)) return unavailable(null);
  const loaded = await loadStory(collection, slug);
  if (loaded?.state !== "ready") return unavailable(loaded);
  const { analysis } = readCertainty(
    fromSearchParams(new URL(request.url).searchParams),
    loaded.analysis,
  );
  const { body, type } = exportFile(analysis, file);
  return new Response(body, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `inline; filename="${slug}-${file}"`,
      ...storyFileHeaders(loaded.story),
    },
  });
}
