import { loadStory, storyFileHeaders, unavailable } from "@/lib/stories";
import { EXPORT_FILES, exportFile, type ExportFile } from "@/lib/views/export";

const isExportFile = (file: string): file is ExportFile =>
  (EXPORT_FILES as readonly string[]).includes(file);

/** The story's analysis as JSON, or facts / quotes / blame as CSV, at stable URLs. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ collection: string; slug: string; file: string }> },
) {
  const { collection, slug, file } = await params;
  if (!isExportFile(file)) return unavailable(null);
  const loaded = await loadStory(collection, slug);
  if (loaded?.state !== "ready") return unavailable(loaded);
  const { body, type } = exportFile(loaded.analysis, file);
  return new Response(body, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `inline; filename="${slug}-${file}"`,
      ...storyFileHeaders(loaded.story),
    },
  });
}
