import { NextResponse, type NextRequest } from "next/server";
import { envSettings, isHttps } from "@/lib/site";
import {
  ALLOW_HEADER,
  contentSecurityPolicy,
  createNonce,
  malformedPath,
  isServerAction,
  methodAllowed,
  robotsTag,
  securityHeaders,
} from "@/lib/security/policy";

/**
 * Runs before every request (see lib/security/policy.ts for the rules):
 * refuses methods a path does not take with 405, sends undecodable paths to
 * the 404 page, and gives every response its security headers (under /s/
 * also X-Robots-Tag: people's own stories are unlisted) and a fresh CSP
 * nonce, which Next reads from the request's CSP header and puts on its
 * scripts.
 */
export function proxy(request: NextRequest) {
  const options = {
    dev: process.env.NODE_ENV === "development",
    https: isHttps(request.headers, envSettings()),
  };
  const { pathname } = request.nextUrl;
  const robots = robotsTag(pathname);
  const headers = { ...securityHeaders(options), ...(robots ? { "X-Robots-Tag": robots } : {}) };
  const method = request.method.toUpperCase();

  if (!methodAllowed(method, pathname, isServerAction(request.headers))) {
    return new NextResponse(method === "HEAD" ? null : "Method not allowed\n", {
      status: 405,
      headers: { ...headers, Allow: ALLOW_HEADER, "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  if (method === "OPTIONS" && !pathname.startsWith("/api/")) {
    return new NextResponse(null, { status: 204, headers: { ...headers, Allow: ALLOW_HEADER } });
  }

  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, options);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);

  // A path that does not decode names no page: render the 404 page for it.
  const response = malformedPath(pathname)
    ? NextResponse.rewrite(new URL("/_parallax/not-found", request.url), {
        request: { headers: requestHeaders },
      })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
