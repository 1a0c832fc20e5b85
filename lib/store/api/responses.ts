/**
 * The API's answers. Errors are always `{ "error": { "field", "message" } }`: `field` names the input at
 * fault ("title", "articles.2.text", "body", "authorization"), or "request" for a problem with the
 * request as a whole (rate limit, method); `message` is a sentence a person can act on.
 */
export function apiError(
  status: number,
  field: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return Response.json(
    { error: { field, message } },
    { status, headers: { "cache-control": "no-store", ...headers } },
  );
}

export function methodNotAllowed(allow: string[]): Response {
  return apiError(405, "request", `This address accepts ${allow.join(", ")} only.`, {
    allow: allow.join(", "),
  });
}

const escapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);
}

/**
 * The answer to a plain HTML form post that cannot be accepted (a browser without JavaScript): a small
 * page saying what is wrong, in text. The browser's Back button returns to the form with what was typed.
 */
export function formErrorPage(status: number, problems: string[]): Response {
  const items = problems.map((p) => `<li>${escapeHtml(p)}</li>`).join("");
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The comparison could not be created — Parallax</title>
<style>body{font:1.05rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}</style>
</head><body><main>
<h1>The comparison could not be created</h1>
<ul>${items}</ul>
<p>Use your browser's Back button to return to the form (what you typed is kept there), correct this and send it again.</p>
<p><a href="/new">Start a new comparison</a> · <a href="/">Parallax home</a></p>
</main></body></html>`;
  return new Response(html, {
    status,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}
