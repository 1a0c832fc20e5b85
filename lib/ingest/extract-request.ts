import { z } from "zod";
import { extractArticle } from "./extract";
import { fetchArticle } from "./fetch-article";
import { clientKey, takeLinkFetch } from "./rate-limit";
import { IngestError, type ExtractedArticle } from "./types";
import { extractUpload, MAX_UPLOAD_BYTES } from "./upload";

/**
 * POST /api/extract, apart from Next: a link as JSON `{ "url": "https://…" }`, an HTML page as the body
 * (text/html), or a file as multipart/form-data (field `file`). Answers the extracted article, or
 * `{ "error": { "field", "message" } }` with a status that says whose problem it is.
 */
export type ExtractField = "url" | "file" | "body";

export interface ExtractFailure {
  status: number;
  field: ExtractField;
  message: string;
  headers?: Record<string, string>;
}

export type ExtractResult =
  { ok: true; article: ExtractedArticle } | { ok: false; failure: ExtractFailure };

const linkSchema = z.strictObject({
  url: z.string({ error: "is required" }).trim().min(1, "is required").max(2048, "is too long"),
});

const STATUS: Record<IngestError["code"], number> = {
  "bad-url": 400,
  "blocked-address": 400,
  "unsupported-file": 400,
  "too-large": 422,
  "not-html": 422,
  "no-article": 422,
  "http-error": 502,
  unreachable: 502,
  timeout: 504,
};

function fail(
  status: number,
  field: ExtractField,
  message: string,
  headers?: Record<string, string>,
) {
  return { ok: false as const, failure: { status, field, message, headers } };
}

async function readBody(request: Request, max: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > max) return null;
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

export interface ExtractRequestOptions {
  /** A content-format file names its outlet by slug: the outlet's display name, if it is known. */
  outletName?: (slug: string) => string | null;
}

export async function handleExtractRequest(
  request: Request,
  options: ExtractRequestOptions = {},
): Promise<ExtractResult> {
  const type =
    (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  const field: ExtractField =
    type === "application/json" ? "url" : type === "multipart/form-data" ? "file" : "body";
  const body = await readBody(request, MAX_UPLOAD_BYTES + 64_000);
  if (!body) {
    return fail(
      413,
      field,
      `is larger than ${MAX_UPLOAD_BYTES / 1_000_000} MB, too large to be one article`,
    );
  }
  try {
    if (type === "application/json") {
      let json: unknown;
      try {
        json = JSON.parse(new TextDecoder().decode(body));
      } catch {
        return fail(400, "body", 'is not valid JSON: send { "url": "https://…" }');
      }
      const parsed = linkSchema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return fail(
          400,
          issue?.path[0] === "url" ? "url" : "body",
          issue?.message ?? "is not valid",
        );
      }
      const allowed = takeLinkFetch(clientKey(request.headers));
      if (!allowed.ok) {
        return fail(
          429,
          "url",
          `Too many links fetched from here in a short time. Try again in ${allowed.retryAfterSeconds} seconds, or paste the text.`,
          { "retry-after": String(allowed.retryAfterSeconds) },
        );
      }
      return { ok: true, article: await fetchArticle(parsed.data.url, { signal: request.signal }) };
    }
    if (type === "text/html" || type === "application/xhtml+xml") {
      return { ok: true, article: extractArticle(new TextDecoder().decode(body), null) };
    }
    if (type === "multipart/form-data") {
      const form = await new Response(body, { headers: request.headers }).formData();
      const file = form.get("file");
      if (!(file instanceof File))
        return fail(400, "file", "is missing: send the file in the field “file”");
      const article = extractUpload(file.name, new Uint8Array(await file.arrayBuffer()));
      const outlet =
        article.outlet && options.outletName
          ? (options.outletName(article.outlet) ?? article.outlet)
          : article.outlet;
      return { ok: true, article: { ...article, outlet } };
    }
    return fail(
      415,
      "body",
      'must be JSON ({ "url": "https://…" }), an HTML page (text/html) or a file (multipart/form-data)',
    );
  } catch (error) {
    if (error instanceof IngestError) return fail(STATUS[error.code], field, error.message);
    throw error;
  }
}
