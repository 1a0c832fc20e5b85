/*
 * The response policy proxy.ts applies to every request: which methods a path
 * accepts, which paths cannot be decoded, and the security headers.
 */

/** What pages, previews and downloads accept; the rest of the site is read-only. */
export const READ_METHODS = ["GET", "HEAD", "OPTIONS"] as const;
export const ALLOW_HEADER = READ_METHODS.join(", ");

/**
 * Whether a request's method is one this path handles. Pages and file routes
 * are read-only; `/api/…` route handlers answer for their own methods (Next
 * replies 405 to one they do not export), and a Server Action is a POST to a
 * page carrying the `Next-Action` header. Methods Next cannot represent at all
 * (TRACE, CONNECT, TRACK, made-up ones) are refused everywhere.
 */
/**
 * Whether a request may be a Server Action: with JavaScript, Next sends a `Next-Action` header;
 * without it, a form posts its fields (the action's id among them) as form data with no header.
 * Next checks the action id and the origin itself; this only keeps such posts from a 405.
 */
export function isServerAction(headers: { get(name: string): string | null }): boolean {
  if (headers.get("next-action")) return true;
  const type = headers.get("content-type")?.toLowerCase() ?? "";
  return (
    type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded")
  );
}

export function methodAllowed(method: string, pathname: string, isServerAction: boolean): boolean {
  const verb = method.toUpperCase();
  if ((READ_METHODS as readonly string[]).includes(verb)) return true;
  if (!["POST", "PUT", "PATCH", "DELETE"].includes(verb)) return false;
  if (pathname === "/api" || pathname.startsWith("/api/")) return true;
  return verb === "POST" && isServerAction;
}

/**
 * Whether a path holds percent-encoding that does not decode to UTF-8
 * (`%ff`, an overlong `%c0%af`, a lone `%`). Next answers such paths with a
 * bare 500; they are simply pages that do not exist.
 */
export function malformedPath(pathname: string): boolean {
  for (const segment of pathname.split("/")) {
    try {
      decodeURIComponent(segment);
    } catch {
      return true;
    }
  }
  return false;
}

/**
 * The X-Robots-Tag for a path, or null. Everything under /s/ is a person's own story (its pages,
 * files and preview images, its edit page) or says one was deleted: all unlisted, so never indexed
 * nor followed, also where no HTML carries a robots meta tag. Curated stories are indexed as before.
 */
export function robotsTag(pathname: string): string | null {
  return pathname === "/s" || pathname.startsWith("/s/") ? "noindex, nofollow" : null;
}

export interface PolicyOptions {
  /** `next dev` needs eval for React's debugging aids and inline styles for its overlay. */
  dev: boolean;
  /** Only over HTTPS: HSTS and upgrading stray http: subresources. */
  https: boolean;
}

/** A fresh, unguessable nonce for one response (128 random bits, base64). */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * The Content-Security-Policy for one response. Scripts run only with this
 * response's nonce (Next puts it on its own scripts) or when loaded by such a
 * script ('strict-dynamic', for the chunks Next loads later). Style elements
 * need the nonce too; style *attributes* stay allowed, because React renders
 * the `style` props of charts and layout as attributes, and an injected style
 * attribute cannot run code.
 */
export function contentSecurityPolicy(nonce: string, { dev, https }: PolicyOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Headers every response gets, whatever produced it. */
export function securityHeaders(options: PolicyOptions): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // For browsers that predate CSP's frame-ancestors.
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000" } : {}),
  };
}
