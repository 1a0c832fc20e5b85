import { z } from "zod";
import type { ExtractedArticle } from "@/lib/ingest/types";
import type { NewStory } from "@/lib/store/new-story";

/** The form's calls to the API; every answer is checked before the page trusts it. */
export interface ApiError {
  field: string;
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; status: number; error: ApiError };

const errorSchema = z.object({ error: z.object({ field: z.string(), message: z.string() }) });

const articleSchema = z.object({
  text: z.string(),
  title: z.string().nullable(),
  byline: z.string().nullable(),
  published: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  fetchedAt: z.string().nullable(),
}) satisfies z.ZodType<ExtractedArticle>;

const createdSchema = z.object({
  id: z.string().min(1),
  url: z.string(),
  token: z.string().min(1),
});
export type CreatedStory = z.infer<typeof createdSchema>;

async function call<T>(
  path: string,
  init: RequestInit,
  schema: z.ZodType<T>,
  okStatus: (status: number) => boolean,
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: { accept: "application/json", ...init.headers },
    });
  } catch {
    return {
      ok: false,
      status: 0,
      error: {
        field: "form",
        message: "The server could not be reached. Check your connection and try again.",
      },
    };
  }
  const json: unknown = await response.json().catch(() => null);
  if (okStatus(response.status)) {
    const parsed = schema.safeParse(json);
    if (parsed.success) return { ok: true, value: parsed.data };
  }
  const error = errorSchema.safeParse(json);
  if (error.success) return { ok: false, status: response.status, error: error.data.error };
  const message =
    response.status === 429
      ? "Too many requests from here in a short time. Wait a minute and try again."
      : response.status === 413
        ? "What you sent is too large."
        : `The server answered with an unexpected error (${response.status}). Try again in a moment.`;
  return { ok: false, status: response.status, error: { field: "form", message } };
}

export function extractLink(
  url: string,
  signal?: AbortSignal,
): Promise<ApiResult<ExtractedArticle>> {
  return call(
    "/api/extract",
    {
      method: "POST",
      body: JSON.stringify({ url }),
      headers: { "content-type": "application/json" },
      signal,
    },
    articleSchema,
    (status) => status === 200,
  );
}

export function extractFile(file: File): Promise<ApiResult<ExtractedArticle>> {
  const form = new FormData();
  form.set("file", file);
  return call(
    "/api/extract",
    { method: "POST", body: form },
    articleSchema,
    (status) => status === 200,
  );
}

export function createStory(body: NewStory): Promise<ApiResult<CreatedStory>> {
  return call(
    "/api/stories",
    { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } },
    createdSchema,
    (status) => status === 201,
  );
}
