"use client";

import { useCallback, useEffect } from "react";

/**
 * Jump between rows that differ (buttons, or the j / k keys). The row's anchor
 * goes into the URL so a copied link opens at the same row.
 */
export function DifferenceNav({ count }: { count: number }) {
  const jump = useCallback((direction: 1 | -1) => {
    const rows = Array.from(document.querySelectorAll<HTMLElement>("[data-difference='true']"));
    if (rows.length === 0) return;
    const current = rows.findIndex((row) => `#${row.id}` === window.location.hash);
    const next = rows[(current + direction + rows.length) % rows.length] ?? rows[0];
    if (!next) return;
    history.replaceState(null, "", `#${next.id}`);
    next.scrollIntoView({ block: "start", behavior: "smooth" });
    next.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (
        event.altKey ||
        event.ctrlKey ||
        event.metaKey ||
        target?.closest("input, select, textarea")
      )
        return;
      if (event.key === "j") jump(1);
      if (event.key === "k") jump(-1);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [jump]);

  if (count === 0) return null;
  return (
    <span className="inline-flex items-center gap-2 text-sm">
      <button
        type="button"
        onClick={() => jump(-1)}
        className="rounded border border-rule bg-white px-3 py-1.5 font-medium hover:border-accent"
      >
        ← Previous difference
      </button>
      <button
        type="button"
        onClick={() => jump(1)}
        className="rounded border border-rule bg-white px-3 py-1.5 font-medium hover:border-accent"
      >
        Next difference →
      </button>
      <span className="hidden text-muted sm:inline">(keys j / k)</span>
    </span>
  );
}
