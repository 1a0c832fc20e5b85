"use client";

import { useState } from "react";

/**
 * Copy the canonical link of the current view (plus the row anchor the reader
 * jumped to), so whoever opens it sees exactly the same view.
 */
export function CopyLink({ href, label = "Copy link" }: { href: string; label?: string }) {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    const url = `${window.location.origin}${href}${window.location.hash}`;
    try {
      await navigator.clipboard.writeText(url);
      setStatus("copied");
    } catch {
      // Clipboard access can be refused (insecure origin, permissions): show the link to copy by hand.
      window.prompt("Copy this link:", url);
      setStatus("failed");
    }
    window.setTimeout(() => setStatus("idle"), 2500);
  }
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="rounded border border-rule bg-white px-3 py-1.5 text-sm font-medium hover:border-accent hover:text-accent"
        data-href={href}
      >
        {label}
      </button>
      <span role="status" aria-live="polite" className="text-sm text-muted">
        {status === "copied" ? "Link copied" : ""}
      </span>
    </span>
  );
}
