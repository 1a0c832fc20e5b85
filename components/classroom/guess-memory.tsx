"use client";

import { useEffect, useRef } from "react";

/**
 * Keeps a student's guesses on their device (nothing leaves it): saved when
 * they change, and filled back in on another step (the reveal, when the
 * teacher gives it out) if that page's link carries none.
 */
export function GuessMemory({ storageKey, prefill }: { storageKey: string; prefill: boolean }) {
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const form = marker.current?.closest("form");
    if (!form) return;
    const selects = Array.from(form.querySelectorAll<HTMLSelectElement>('select[name^="guess-"]'));
    if (prefill) {
      try {
        const saved: unknown = JSON.parse(localStorage.getItem(storageKey) ?? "null");
        if (saved && typeof saved === "object") {
          for (const select of selects) {
            const value = (saved as Record<string, unknown>)[select.name];
            if (
              typeof value === "string" &&
              Array.from(select.options).some((o) => o.value === value)
            )
              select.value = value;
          }
        }
      } catch {
        // Storage refused or damaged: the form keeps its defaults.
      }
    }
    const save = () => {
      try {
        localStorage.setItem(
          storageKey,
          JSON.stringify(Object.fromEntries(selects.map((s) => [s.name, s.value]))),
        );
      } catch {
        // Private mode: the guesses still travel in the link.
      }
    };
    form.addEventListener("change", save);
    form.addEventListener("submit", save);
    return () => {
      form.removeEventListener("change", save);
      form.removeEventListener("submit", save);
    };
  }, [storageKey, prefill]);
  return <span ref={marker} hidden />;
}
