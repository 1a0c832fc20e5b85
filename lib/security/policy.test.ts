import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  createNonce,
  malformedPath,
  isServerAction,
  methodAllowed,
  robotsTag,
  securityHeaders,
} from "./policy";

describe("malformedPath", () => {
  it("finds percent-encoding that is not UTF-8", () => {
    for (const path of [
      "/stories/%ff%fe",
      "/outlets/%ff",
      "/stories/basra-consulate-2018/%c0%af",
      "/stories/%e2%82",
      "/stories/%",
      "/stories/%zz",
    ])
      expect(malformedPath(path)).toBe(true);
  });

  it("accepts plain, encoded and non-ASCII paths", () => {
    for (const path of ["/", "/stories/basra-consulate-2018", "/stories/caf%C3%A9", "/a%20b/%2F"])
      expect(malformedPath(path)).toBe(false);
  });
});

describe("robotsTag", () => {
  it("keeps every user story's page and file out of search engines", () => {
    for (const path of [
      "/s/k3f9a8b7c6d5e4f3",
      "/s/k3f9a8b7c6d5e4f3/compare",
      "/s/k3f9a8b7c6d5e4f3/export/analysis.json",
      "/s/k3f9a8b7c6d5e4f3/opengraph-image",
      "/s/k3f9a8b7c6d5e4f3/edit",
      "/s/deleted",
    ])
      expect(robotsTag(path)).toBe("noindex, nofollow");
  });

  it("leaves curated stories and the rest of the site alone", () => {
    for (const path of ["/", "/stories/basra-consulate-2018", "/search", "/sx/y", "/outlets/s"])
      expect(robotsTag(path)).toBeNull();
  });
});

describe("isServerAction", () => {
  const headers = (values: Record<string, string>) => ({
    get: (name: string) => values[name] ?? null,
  });
  it("takes a Next-Action header or a form post (a Server Action without JavaScript)", () => {
    expect(isServerAction(headers({ "next-action": "abc" }))).toBe(true);
    expect(isServerAction(headers({ "content-type": "multipart/form-data; boundary=x" }))).toBe(
      true,
    );
    expect(isServerAction(headers({ "content-type": "application/x-www-form-urlencoded" }))).toBe(
      true,
    );
    expect(isServerAction(headers({ "content-type": "application/json" }))).toBe(false);
    expect(isServerAction(headers({}))).toBe(false);
  });
});

describe("methodAllowed", () => {
  it("lets everyone read", () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "get"])
      expect(methodAllowed(method, "/stories/x/export/facts.csv", false)).toBe(true);
  });

  it("refuses writes to pages and files, but not Server Actions or /api", () => {
    expect(methodAllowed("PUT", "/stories/x/export/facts.csv", false)).toBe(false);
    expect(methodAllowed("POST", "/about", false)).toBe(false);
    expect(methodAllowed("POST", "/about", true)).toBe(true);
    expect(methodAllowed("DELETE", "/about", true)).toBe(false);
    expect(methodAllowed("POST", "/api/stories", false)).toBe(true);
    expect(methodAllowed("DELETE", "/api/stories/1", false)).toBe(true);
    expect(methodAllowed("POST", "/apiary", false)).toBe(false);
  });

  it("refuses methods nothing here handles", () => {
    for (const method of ["TRACE", "PROPFIND", "CONNECT", "BREW"])
      expect(methodAllowed(method, "/api/stories", false)).toBe(false);
  });
});

describe("contentSecurityPolicy", () => {
  it("allows scripts and style elements only with the nonce in production", () => {
    const csp = contentSecurityPolicy("abc", { dev: false, https: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';");
    expect(csp).toContain("style-src 'self' 'nonce-abc';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    // Upgrading requests on plain HTTP would break a server on the school network.
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("upgrades subresources over HTTPS, and allows eval only in development", () => {
    expect(contentSecurityPolicy("n", { dev: false, https: true })).toMatch(
      /upgrade-insecure-requests$/,
    );
    expect(contentSecurityPolicy("n", { dev: true, https: false })).toContain("'unsafe-eval'");
  });
});

describe("securityHeaders", () => {
  it("sends HSTS only over HTTPS", () => {
    expect(securityHeaders({ dev: false, https: false })).not.toHaveProperty(
      "Strict-Transport-Security",
    );
    expect(securityHeaders({ dev: false, https: true })["Strict-Transport-Security"]).toBe(
      "max-age=31536000",
    );
    expect(securityHeaders({ dev: false, https: false })["X-Content-Type-Options"]).toBe("nosniff");
  });
});

describe("createNonce", () => {
  it("is 128 random bits, different each time", () => {
    const a = createNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(createNonce()).not.toBe(a);
  });
});
