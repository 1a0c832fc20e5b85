import type { Provenance } from "./schemas";
import type { Outlet } from "./types";

export interface ProvenanceLabel {
  /** Two or three words for a badge: "Reuters copy", "WSJ reprint", "Original". */
  short: string;
  /** A sentence: "Wire copy from Reuters." */
  long: string;
  /** The source outlet's profile slug, when it has one. */
  sourceSlug: string | null;
}

/** The shortest all-capitals alias ("WSJ") when an outlet has one, else its name. */
function shortName(outlet: Outlet): string {
  const acronym = outlet.aliases.filter((a) => /^[A-Z]{2,6}$/.test(a)).sort((a, b) => a.length - b.length)[0];
  return acronym ?? outlet.name.replace(/^The /, "");
}

/** Describe where an article's text comes from, in words a reader understands. */
export function describeProvenance(provenance: Provenance, outlets: Outlet[]): ProvenanceLabel {
  if (provenance.kind === "original") {
    return { short: "Original", long: "Original reporting by the outlet.", sourceSlug: null };
  }
  const source = provenance.source
    ? outlets.find((o) => o.slug === provenance.source) ?? null
    : null;
  const fullName = source?.name ?? provenance.source ?? null;
  const brief = source ? shortName(source) : provenance.source ?? null;
  const sourceSlug = source?.slug ?? null;
  switch (provenance.kind) {
    case "wire":
      return fullName
        ? { short: `${brief} copy`, long: `Wire copy from ${fullName}.`, sourceSlug }
        : { short: "Wire copy", long: "Wire copy; the agency is not named.", sourceSlug };
    case "reprint":
      return fullName
        ? { short: `${brief} reprint`, long: `Reprint of ${fullName}.`, sourceSlug }
        : { short: "Reprint", long: "A reprint; the original outlet is not named.", sourceSlug };
    case "relay":
      return fullName
        ? { short: `Relays ${brief}`, long: `Relays reporting by ${fullName}.`, sourceSlug }
        : { short: "Relay", long: "Relays another outlet's reporting.", sourceSlug };
  }
}
