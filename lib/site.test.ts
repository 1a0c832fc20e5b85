import { describe, expect, it } from "vitest";
import { isHttps, originFor, parseHost, parseSiteUrl, type OriginSettings } from "./site";

const LOCAL = new Set(["localhost", "teacher-laptop", "127.0.0.1", "192.168.1.20", "[::1]"]);
const base: OriginSettings = { port: "3000", localNames: LOCAL };

/** Raw header values, also ones `Headers` would refuse (a proxy may pass them on). */
function request(values: Record<string, string>) {
  return { get: (name: string) => values[name] ?? null };
}

describe("originFor", () => {
  it("uses PARALLAX_SITE_URL whatever the request says", () => {
    const forged = request({
      host: "evil.example",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "http",
    });
    expect(originFor(forged, { ...base, siteUrl: "https://parallax.example.org/some/path/" })).toBe(
      "https://parallax.example.org",
    );
  });

  it("ignores an invalid PARALLAX_SITE_URL", () => {
    const settings = { ...base, siteUrl: "parallax.example.org" };
    expect(originFor(request({ host: "evil.example" }), settings)).toBe("http://localhost:3000");
    expect(parseSiteUrl("javascript:alert(1)")).toBeNull();
    expect(parseSiteUrl("https://user:pw@parallax.example.org")).toBeNull();
    expect(parseSiteUrl("ftp://parallax.example.org")).toBeNull();
  });

  it("does not trust a forged Host or X-Forwarded-Host by default", () => {
    expect(originFor(request({ host: "evil.example" }), base)).toBe("http://localhost:3000");
    expect(
      originFor(request({ host: "localhost:3000", "x-forwarded-host": "evil.example" }), base),
    ).toBe("http://localhost:3000");
    expect(originFor(request({}), { ...base, port: "4100" })).toBe("http://localhost:4100");
  });

  it("keeps a Host that names this machine, so a classroom link works on the school network", () => {
    expect(originFor(request({ host: "192.168.1.20:3000" }), base)).toBe(
      "http://192.168.1.20:3000",
    );
    expect(originFor(request({ host: "Teacher-Laptop:8080" }), base)).toBe(
      "http://teacher-laptop:8080",
    );
    expect(originFor(request({ host: "[::1]:3000" }), base)).toBe("http://[::1]:3000");
    // An X-Forwarded-Proto cannot make it HTTPS without trust.
    expect(originFor(request({ host: "127.0.0.1:3000", "x-forwarded-proto": "https" }), base)).toBe(
      "http://127.0.0.1:3000",
    );
  });

  it("follows the proxy's headers only with PARALLAX_TRUST_PROXY, and only well-formed hosts", () => {
    const trust = { ...base, trustProxy: "1" };
    expect(
      originFor(
        request({
          host: "10.0.0.5:3000",
          "x-forwarded-host": "news.example.org, internal:3000",
          "x-forwarded-proto": "https,http",
        }),
        trust,
      ),
    ).toBe("https://news.example.org");
    expect(originFor(request({ host: "news.example.org" }), trust)).toBe("http://news.example.org");
    for (const bad of [
      "evil.example/path",
      "evil.example@good.example",
      "evil.example:99999",
      "-bad.example",
      "a b.example",
      "evil.example\r\nx: y",
      '"><script>',
    ])
      expect(originFor(request({ "x-forwarded-host": bad, host: "news.example.org" }), trust)).toBe(
        "http://localhost:3000",
      );
    expect(originFor(request({ host: "news.example.org" }), { ...base, trustProxy: "0" })).toBe(
      "http://localhost:3000",
    );
  });

  it("knows HTTPS only from the site URL or a trusted proxy", () => {
    const viaProxy = request({ host: "news.example.org", "x-forwarded-proto": "https" });
    expect(isHttps(viaProxy, base)).toBe(false);
    expect(isHttps(viaProxy, { ...base, trustProxy: "true" })).toBe(true);
    expect(isHttps(request({}), { ...base, siteUrl: "https://parallax.example.org" })).toBe(true);
  });
});

describe("parseHost", () => {
  it("accepts names, IPv4 and bracketed IPv6, with a port", () => {
    expect(parseHost("Example.ORG:443")).toEqual({ name: "example.org", port: "443" });
    expect(parseHost("127.0.0.1")).toEqual({ name: "127.0.0.1", port: null });
    expect(parseHost("[fe80::1]:80")).toEqual({ name: "[fe80::1]", port: "80" });
  });

  it("rejects anything else", () => {
    for (const bad of ["", "a..b", "example.org:", "example.org:0", "exa_mple.org", "[zz]", "::1"])
      expect(parseHost(bad)).toBeNull();
  });
});
