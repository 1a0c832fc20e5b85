import os from "node:os";
import { headers } from "next/headers";

export const SITE_NAME = "Parallax";
export const SITE_TAGLINE = "See exactly how different outlets tell the same story.";

/*
 * Where the site is served: canonical URLs, link previews and the classroom
 * link and QR code are built from it. In order:
 *
 * 1. PARALLAX_SITE_URL (e.g. https://parallax.example.org), when set and valid;
 * 2. with PARALLAX_TRUST_PROXY=1, the address a reverse proxy passes on
 *    (X-Forwarded-Proto / X-Forwarded-Host, else Host), if it is a well-formed host;
 * 3. otherwise the Host header only when it names this machine (one of its own
 *    IP addresses, its host name or localhost), so a classroom on the school's
 *    network gets a link that works while a forged Host cannot put someone
 *    else's domain into a page;
 * 4. else http://localhost:<PORT>.
 */

/** Reads a header by name; `Headers` and next/headers' read-only headers both fit. */
export interface HeaderSource {
  get(name: string): string | null;
}

export interface OriginSettings {
  /** PARALLAX_SITE_URL as given (validated here). */
  siteUrl?: string | undefined;
  /** PARALLAX_TRUST_PROXY: "1" or "true" trusts X-Forwarded-* and Host. */
  trustProxy?: string | undefined;
  port?: string | undefined;
  /** Host names and addresses of this machine, lower case. */
  localNames: ReadonlySet<string>;
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV6 = /^\[[0-9a-f:.]{2,45}\]$/;

/**
 * The host and port of a Host-style value, lower-cased, or null when it is not
 * a plain host name, IPv4 or bracketed IPv6 address with an optional port.
 */
export function parseHost(value: string): { name: string; port: string | null } | null {
  const match = /^(\[[^\]]*\]|[^:]+)(?::(\d{1,5}))?$/.exec(value.trim().toLowerCase());
  if (!match) return null;
  const name = match[1] ?? "";
  const port = match[2] ?? null;
  if (port !== null && (Number(port) < 1 || Number(port) > 65535)) return null;
  if (IPV6.test(name)) return { name, port };
  if (name.length > 253 || !name.split(".").every((label) => LABEL.test(label))) return null;
  return { name, port };
}

/** The origin (scheme://host[:port]) of PARALLAX_SITE_URL, or null when it is not an http(s) address. */
export function parseSiteUrl(value: string): string | null {
  if (!URL.canParse(value)) return null;
  const url = new URL(value);
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.username || url.password || !parseHost(url.host)) return null;
  return url.origin;
}

function first(value: string | null): string | null {
  const head = value?.split(",")[0]?.trim();
  return head ? head : null;
}

function trusts(setting: string | undefined): boolean {
  return setting === "1" || setting?.toLowerCase() === "true";
}

/** The site's origin for one request, from the settings and the request's headers (see above). */
export function originFor(request: HeaderSource, settings: OriginSettings): string {
  const configured = settings.siteUrl ? parseSiteUrl(settings.siteUrl) : null;
  if (configured) return configured;
  const fallback = `http://localhost:${settings.port ?? "3000"}`;
  if (trusts(settings.trustProxy)) {
    const raw = first(request.get("x-forwarded-host")) ?? request.get("host");
    const host = raw ? parseHost(raw) : null;
    if (!host) return fallback;
    const proto = first(request.get("x-forwarded-proto")) === "https" ? "https" : "http";
    return `${proto}://${host.name}${host.port ? `:${host.port}` : ""}`;
  }
  const raw = request.get("host");
  const host = raw ? parseHost(raw) : null;
  if (!host || !settings.localNames.has(host.name)) return fallback;
  return `http://${host.name}${host.port ? `:${host.port}` : ""}`;
}

/** Whether the request reached the site over HTTPS, as far as the settings let us know. */
export function isHttps(request: HeaderSource, settings: OriginSettings): boolean {
  return originFor(request, settings).startsWith("https:");
}

let localNames: ReadonlySet<string> | null = null;

/** This machine's names: localhost, its host name and every interface address. */
export function machineNames(): ReadonlySet<string> {
  if (localNames) return localNames;
  const names = new Set(["localhost", os.hostname().toLowerCase()]);
  for (const list of Object.values(os.networkInterfaces()))
    for (const entry of list ?? [])
      names.add(entry.family === "IPv6" ? `[${entry.address.toLowerCase()}]` : entry.address);
  localNames = names;
  return names;
}

let warned = false;

/** The settings from the environment; an invalid PARALLAX_SITE_URL is reported once and ignored. */
export function envSettings(): OriginSettings {
  const siteUrl = process.env.PARALLAX_SITE_URL?.trim() || undefined;
  if (siteUrl && !parseSiteUrl(siteUrl) && !warned) {
    warned = true;
    console.error(
      `PARALLAX_SITE_URL: ${JSON.stringify(siteUrl)} is not an http(s) address such as https://parallax.example.org; ignoring it.`,
    );
  }
  return {
    siteUrl,
    trustProxy: process.env.PARALLAX_TRUST_PROXY,
    port: process.env.PORT,
    localNames: machineNames(),
  };
}

/** The site's origin for the request being rendered (server components, metadata, route handlers). */
export async function siteOrigin(): Promise<string> {
  return originFor(await headers(), envSettings());
}
