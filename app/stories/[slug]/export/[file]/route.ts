import { getStories } from "@/lib/content";
import { getStoryAnalysis } from "@/lib/content/analysis";
import { EXPORT_FILES, exportFile, type ExportFile } from "@/lib/views/export";

export const dynamicParams = false;

export function generateStaticParams() {
  return getStories().flatMap((story) => EXPORT_FILES.map((file) => ({ slug: story.slug, file })));
}

/** The story's analysis as JSON, or facts / quotes / blame as CSV, at stable URLs. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; file: string }> },
) {
  const { slug, file } = await params;
  const analysis = getStoryAnalysis(slug);
  if (!analysis || !(EXPORT_FILES as readonly string[]).includes(file))
    return new Response("Not found", { status: 404 });
  const { body, type } = exportFile(analysis, file as ExportFile);
  return new Response(body, {
    headers: { "Content-Type": type, "Content-Disposition": `inline; filename="${slug}-${file}"` },
  });
}
