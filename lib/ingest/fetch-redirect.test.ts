import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { fetchArticle } from "./fetch-article";
import { startFixtureServer, type FixtureServer } from "./fixtures/server";
import { IngestError } from "./types";

/**
 * "public.test" stands for a public site: the check passes it and says "connect to 127.0.0.1" (where the
 * fixture server listens). Every other host goes through the real check, with private addresses refused.
 */
vi.mock("./address-policy", async (importOriginal) => {
  const real = await importOriginal<typeof import("./address-policy")>();
  return {
    ...real,
    resolvePublicAddress: (hostname: string) =>
      hostname === "public.test"
        ? Promise.resolve({ address: "127.0.0.1", family: 4 as const })
        : real.resolvePublicAddress(hostname),
  };
});

let server: FixtureServer;
let publicOrigin: string;
beforeAll(async () => {
  server = await startFixtureServer();
  publicOrigin = server.origin.replace("127.0.0.1", "public.test");
});
afterAll(() => server.close());

describe("fetchArticle and redirects to private addresses", () => {
  it("connects to the checked address, not whatever the name resolves to later", async () => {
    // public.test does not exist in DNS: the fetch only works because the socket uses the checked address.
    const article = await fetchArticle(`${publicOrigin}/article`);
    expect(article.outlet).toBe("Daily Example");
    expect(article.url).toBe(`${publicOrigin}/article`);
  });

  it.each([
    ["loopback", () => `${server.origin}/article`],
    ["localhost", () => "http://localhost/"],
    ["IPv4-mapped IPv6 loopback", () => "http://[::ffff:7f00:1]/"],
    ["link-local metadata", () => "http://169.254.169.254/"],
    ["unique-local IPv6", () => "http://[fd00::1]/"],
    ["carrier-grade NAT", () => "http://100.64.1.1/"],
  ])("re-checks a redirect to %s and refuses it", async (_name, target) => {
    const error = await fetchArticle(
      `${publicOrigin}/redirect-to?url=${encodeURIComponent(target())}`,
    ).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).code).toBe("blocked-address");
  });
});
