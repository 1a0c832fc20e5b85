"use client";

import { useSyncExternalStore } from "react";
import { evidenceHash, keyFromHash } from "@/lib/views/evidence";

function subscribe(onChange: () => void) {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}

/** The evidence key in the URL hash (`#evidence=…`), or null; re-renders when the hash changes. */
export function useEvidenceKey(): string | null {
  return useSyncExternalStore(
    subscribe,
    () => keyFromHash(window.location.hash),
    () => null,
  );
}

/** Open a group's evidence: the hash is the state, so the view can be shared and Back closes it. */
export function openEvidence(key: string): void {
  window.location.hash = evidenceHash(key);
}
