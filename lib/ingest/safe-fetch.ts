import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { Readable } from "node:stream";
import zlib from "node:zlib";
import { resolvePublicAddress, type CheckedAddress } from "./address-policy";
import { mediaType } from "./decode";
import { IngestError } from "./types";

/** Limits of one link fetch, redirects included. */
export const FETCH_LIMITS = {
  timeoutMs: 10_000,
  /** Bytes of the page after decompression. */
  maxBytes: 3_000_000,
  maxRedirects: 3,
} as const;

export const READABLE_TYPES = ["text/html", "application/xhtml+xml", "text/plain"] as const;

export interface FetchedPage {
  /** The URL after redirects. */
  url: string;
  contentType: string | null;
  body: Uint8Array;
}

export interface FetchOptions {
  signal?: AbortSignal;
  limits?: Partial<Record<keyof typeof FETCH_LIMITS, number>>;
}

const USER_AGENT = "Mozilla/5.0 (compatible; Parallax/0.1; media comparison for classrooms)";

export function parseLink(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    throw new IngestError("That is not a complete link: it should start with https://", "bad-url");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new IngestError(
      `Parallax only follows http(s) links, not “${url.protocol.replace(/:$/, "")}:” ones.`,
      "bad-url",
    );
  }
  if (url.username || url.password) {
    throw new IngestError("Links with a user name or password in them are not fetched.", "bad-url");
  }
  url.hash = "";
  return url;
}

/** Connect to the address that was checked, whatever the name resolves to now (no DNS-rebinding gap). */
function pinnedLookup(checked: CheckedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: checked.address, family: checked.family }]);
    else callback(null, checked.address, checked.family);
  };
}

function request(url: URL, checked: CheckedAddress, signal: AbortSignal): Promise<IncomingMessage> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const outgoing = client.request(url, {
      method: "GET",
      agent: false,
      lookup: pinnedLookup(checked),
      signal,
      headers: {
        "user-agent": USER_AGENT,
        accept: "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
        "accept-encoding": "gzip, deflate, br",
        "accept-language": "en,*;q=0.5",
      },
    });
    outgoing.on("response", resolve);
    outgoing.on("error", reject);
    outgoing.end();
  });
}

function decompressed(response: IncomingMessage): Readable {
  const encoding = String(response.headers["content-encoding"] ?? "")
    .trim()
    .toLowerCase();
  if (encoding === "gzip" || encoding === "x-gzip") return response.pipe(zlib.createGunzip());
  if (encoding === "deflate") return response.pipe(zlib.createInflate());
  if (encoding === "br") return response.pipe(zlib.createBrotliDecompress());
  return response;
}

async function readCapped(response: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () =>
    new IngestError(
      `The page is larger than ${Math.round(maxBytes / 1_000_000)} MB, too large to be an article page. Paste the article's text instead.`,
      "too-large",
    );
  const declared = Number(response.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const stream = decompressed(response);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) throw tooLarge();
      chunks.push(chunk);
    }
  } catch (error) {
    response.destroy();
    stream.destroy();
    if (error instanceof IngestError) throw error;
    if (error instanceof Error && error.name === "AbortError") throw error;
    throw new IngestError(
      "The page could not be read completely (the connection broke or the data was corrupt).",
      "unreachable",
    );
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function connectionError(error: unknown, url: URL): IngestError {
  const code = (error as NodeJS.ErrnoException).code ?? "";
  const reason =
    code === "ECONNREFUSED"
      ? "the connection was refused"
      : code === "ECONNRESET"
        ? "the connection was reset"
        : code.startsWith("CERT_") ||
            code.includes("SSL") ||
            code.includes("TLS") ||
            code === "DEPTH_ZERO_SELF_SIGNED_CERT"
          ? "its security certificate is not valid"
          : code === "EHOSTUNREACH" || code === "ENETUNREACH"
            ? "the network cannot reach it"
            : "the connection failed";
  return new IngestError(`Could not reach ${url.host}: ${reason}.`, "unreachable");
}

function statusError(status: number): IngestError {
  const hint =
    status === 401 || status === 403 || status === 451
      ? " The page may need a login, or refuse automated readers: paste the article's text instead."
      : status === 404 || status === 410
        ? " Check that the link is complete."
        : " Try again later, or paste the article's text.";
  return new IngestError(
    `The site answered “${status} ${http.STATUS_CODES[status] ?? "error"}” for that link.${hint}`,
    "http-error",
  );
}

/** A name lookup cannot be cancelled, but the fetch need not wait for it past its deadline. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason as Error);
    signal.addEventListener("abort", abort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", abort));
  });
}

/**
 * GET a public web page safely: http(s) only, every hop's host resolved and checked (no private, loopback,
 * link-local … addresses unless PARALLAX_ALLOW_PRIVATE_URLS=1) and connected to at the checked address, at most
 * 3 redirects, 10 s for the whole fetch, 3 MB of page, and only HTML or plain text.
 */
export async function fetchPage(rawUrl: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const limits = { ...FETCH_LIMITS, ...options.limits };
  const deadline = AbortSignal.timeout(limits.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
  const timedOut = () =>
    new IngestError(
      `The site did not answer within ${limits.timeoutMs / 1000} seconds. Try again, or paste the article's text.`,
      "timeout",
    );
  let url = parseLink(rawUrl);
  try {
    for (let hop = 0; ; hop++) {
      const checked = await untilAborted(resolvePublicAddress(url.hostname), signal);
      let response: IncomingMessage;
      try {
        response = await request(url, checked, signal);
      } catch (error) {
        if (signal.aborted) throw error;
        throw connectionError(error, url);
      }
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location) {
        response.destroy();
        if (hop >= limits.maxRedirects) {
          throw new IngestError(
            `The link redirects more than ${limits.maxRedirects} times. Open it in a browser and use the address it ends at.`,
            "http-error",
          );
        }
        url = parseLink(location, url);
        continue;
      }
      if (status < 200 || status >= 300) {
        response.destroy();
        throw statusError(status);
      }
      const contentType = response.headers["content-type"] ?? null;
      const type = mediaType(contentType);
      if (!type || !(READABLE_TYPES as readonly string[]).includes(type)) {
        response.destroy();
        throw new IngestError(
          `The link leads to ${type ? `a file of type “${type}”` : "content of no stated type"}, not a web page or text. Download it and paste the article's text instead.`,
          "not-html",
        );
      }
      const body = await readCapped(response, limits.maxBytes);
      return { url: url.toString(), contentType, body };
    }
  } catch (error) {
    // An abort surfaces as whatever error the socket raised at that moment: the deadline explains it.
    if (deadline.aborted && !(error instanceof IngestError && error.code !== "unreachable")) {
      throw timedOut();
    }
    if (options.signal?.aborted) throw options.signal.reason;
    throw error;
  }
}
