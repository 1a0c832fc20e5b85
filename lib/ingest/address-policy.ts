import { lookup } from "node:dns/promises";
import net from "node:net";
import ipaddr from "ipaddr.js";
import { IngestError } from "./types";

/**
 * Which addresses the link fetcher may connect to. Only globally routable unicast addresses pass:
 * ipaddr.js names every special range (private, loopback, link-local, unique-local, carrier-grade NAT,
 * multicast, unspecified, reserved, documentation, 6to4/Teredo/NAT64 tunnels that can wrap a private
 * IPv4 …), so an allow-list of "unicast" refuses them all, including ones nobody here thought of.
 */
export function allowPrivateAddresses(): boolean {
  return process.env.PARALLAX_ALLOW_PRIVATE_URLS === "1";
}

/** Why an address is refused (ipaddr's range name), or null when it is public. */
export function blockedRange(address: string): string | null {
  if (!ipaddr.isValid(address)) return "invalid";
  // process() turns an IPv4-mapped IPv6 address (::ffff:127.0.0.1) into the IPv4 address it stands for.
  const parsed = ipaddr.process(address);
  const range = parsed.range();
  if (range !== "unicast") return range;
  // IPv4-compatible addresses (::a.b.c.d, deprecated) are not a range ipaddr names.
  if (parsed instanceof ipaddr.IPv6 && parsed.parts.slice(0, 6).every((part) => part === 0)) {
    return "ipv4Compatible";
  }
  return null;
}

export interface CheckedAddress {
  address: string;
  family: 4 | 6;
}

/**
 * Resolve a URL's host and return the one address to connect to. Every address the name resolves to must be
 * public: a name that also points somewhere private is refused rather than raced.
 */
export async function resolvePublicAddress(hostname: string): Promise<CheckedAddress> {
  const host =
    hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
  let addresses: CheckedAddress[];
  if (net.isIP(host)) {
    addresses = [{ address: host, family: net.isIP(host) === 6 ? 6 : 4 }];
  } else {
    try {
      const found = await lookup(host, { all: true, verbatim: true });
      addresses = found.map((entry) => ({
        address: entry.address,
        family: entry.family === 6 ? 6 : 4,
      }));
    } catch {
      throw new IngestError(
        `The site “${host}” could not be found. Check the link for typos.`,
        "unreachable",
      );
    }
  }
  const first = addresses[0];
  if (!first) {
    throw new IngestError(
      `The site “${host}” could not be found. Check the link for typos.`,
      "unreachable",
    );
  }
  if (!allowPrivateAddresses()) {
    for (const entry of addresses) {
      const range = blockedRange(entry.address);
      if (range) {
        throw new IngestError(
          `Parallax only fetches public web pages, and “${host}” points to a private or reserved network address. Paste the article's text instead.`,
          "blocked-address",
        );
      }
    }
  }
  return first;
}
