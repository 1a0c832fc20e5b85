import { describe, expect, it } from "vitest";
import { isoDatePrefix, writtenDate } from "./dates";
import { charsetFromContentType, decodeText } from "./decode";
import { clientKey, RateLimiter } from "./rate-limit";

describe("dates", () => {
  it("keeps the publisher's calendar date of a timestamp and refuses impossible dates", () => {
    expect(isoDatePrefix("2018-09-29T01:30:00+03:00")).toBe("2018-09-29");
    expect(isoDatePrefix("2018-09-29")).toBe("2018-09-29");
    expect(isoDatePrefix("2018-02-30")).toBeNull();
    expect(isoDatePrefix("20180929")).toBeNull();
    expect(isoDatePrefix("2018-09-29x")).toBeNull();
  });

  it("reads full written dates only", () => {
    expect(writtenDate("September 30, 2018")).toBe("2018-09-30");
    expect(writtenDate("Sept. 30, 2018 Updated: October 1, 2018")).toBe("2018-09-30");
    expect(writtenDate("Saturday, 29 September 2018")).toBe("2018-09-29");
    expect(writtenDate("30 Foo 2018")).toBeNull();
    expect(writtenDate("September 31, 2018")).toBeNull();
    expect(writtenDate("Friday")).toBeNull();
    expect(writtenDate("3 hours ago")).toBeNull();
  });
});

describe("decodeText", () => {
  const cafe = new Uint8Array(Buffer.from("café", "latin1"));
  it("follows the header, then a <meta>, then falls back to windows-1252 for invalid UTF-8", () => {
    expect(charsetFromContentType('text/html; charset="ISO-8859-1"')).toBe("ISO-8859-1");
    expect(decodeText(cafe, { contentType: "text/html; charset=iso-8859-1", html: true })).toBe(
      "café",
    );
    const meta = new Uint8Array(Buffer.from('<meta charset="windows-1252"><p>café', "latin1"));
    expect(decodeText(meta, { html: true })).toBe('<meta charset="windows-1252"><p>café');
    expect(decodeText(cafe, { html: false })).toBe("café");
    expect(decodeText(new TextEncoder().encode("café"), { html: false })).toBe("café");
  });

  it("honours a byte-order mark over a wrong label, and ignores an unknown label", () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("café")]);
    expect(decodeText(bom, { contentType: "text/html; charset=iso-8859-1", html: true })).toBe(
      "café",
    );
    expect(
      decodeText(new TextEncoder().encode("café"), {
        contentType: "text/html; charset=klingon",
        html: true,
      }),
    ).toBe("café");
  });
});

describe("RateLimiter", () => {
  it("allows the limit within the window, then says when to retry, then allows again", () => {
    let now = 0;
    const limiter = new RateLimiter(2, 60_000, () => now);
    expect(limiter.take("a").ok).toBe(true);
    now = 10_000;
    expect(limiter.take("a").ok).toBe(true);
    expect(limiter.take("a")).toEqual({ ok: false, retryAfterSeconds: 50 });
    expect(limiter.take("b").ok).toBe(true);
    now = 60_000;
    expect(limiter.take("a").ok).toBe(true);
    expect(limiter.take("a").ok).toBe(false);
  });

  it("forgets the least recently seen clients beyond its size", () => {
    const limiter = new RateLimiter(1, 60_000, () => 0, 2);
    limiter.take("a");
    limiter.take("b");
    limiter.take("c");
    expect(limiter.take("a").ok).toBe(true);
    expect(limiter.take("c").ok).toBe(false);
  });
});

describe("clientKey", () => {
  it("takes the last X-Forwarded-For entry (the one the nearest proxy added)", () => {
    expect(clientKey(new Headers({ "x-forwarded-for": "1.1.1.1, 2.2.2.2" }))).toBe("2.2.2.2");
    expect(clientKey(new Headers({ "x-real-ip": "3.3.3.3" }))).toBe("3.3.3.3");
    expect(clientKey(new Headers())).toBe("unknown");
  });
});
