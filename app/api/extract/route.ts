import { getOutlet } from "@/lib/content";
import { handleExtractRequest } from "@/lib/ingest/extract-request";

/** POST /api/extract: a link, an HTML page or an uploaded file → the extracted article (see lib/ingest). */
export async function POST(request: Request): Promise<Response> {
  const result = await handleExtractRequest(request, {
    outletName: (slug) => getOutlet(slug)?.name ?? null,
  });
  const headers = { "cache-control": "no-store", ...(result.ok ? {} : result.failure.headers) };
  if (result.ok) return Response.json(result.article, { headers });
  const { status, field, message } = result.failure;
  return Response.json({ error: { field, message } }, { status, headers });
}

function methodNotAllowed(): Response {
  return Response.json(
    { error: { field: "method", message: "Only POST is accepted here." } },
    { status: 405, headers: { allow: "POST" } },
  );
}

export const GET = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
