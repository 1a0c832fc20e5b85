import { describeProvenance, type Outlet, type Provenance } from "@/lib/content";
import type { ProvenanceLabel } from "@/lib/content";

/** What the pages say when nobody said where a text comes from (a user story's articles). */
export const UNKNOWN_PROVENANCE: ProvenanceLabel = {
  short: "Origin not stated",
  long: "Not stated whether this is the outlet's own reporting, wire copy, a reprint or a relay.",
  sourceSlug: null,
};

/** describeProvenance, or UNKNOWN_PROVENANCE when the story does not say: never assumed original. */
export function provenanceLabel(provenance: Provenance | null, outlets: Outlet[]): ProvenanceLabel {
  return provenance ? describeProvenance(provenance, outlets) : UNKNOWN_PROVENANCE;
}
