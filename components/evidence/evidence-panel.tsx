"use client";

import { useEffect, useRef, useState } from "react";
import type { EvidenceIndex } from "@/lib/views/evidence";
import { EvidenceEntries } from "./evidence-entries";
import { openEvidence, useEvidenceKey } from "./use-evidence-key";

// One fetch per page: every panel shares the story's evidence file.
const cache = new Map<string, Promise<EvidenceIndex>>();
function loadIndex(src: string): Promise<EvidenceIndex> {
  let promise = cache.get(src);
  if (!promise) {
    promise = fetch(src).then((response) => {
      if (!response.ok) throw new Error(`${response.status}`);
      return response.json() as Promise<EvidenceIndex>;
    });
    promise.catch(() => cache.delete(src));
    cache.set(src, promise);
  }
  return promise;
}

/**
 * The sentences behind the bar, cell or row named in the hash
 * (`#evidence=<key>`), shown under the chart or table of its section. The
 * passages are fetched on first use from a static file, so the page itself
 * carries none of them; figure links in the section are caught here (without
 * JavaScript they lead to the figure's evidence page instead).
 */
export function EvidencePanel({
  scope,
  source,
  storyHref,
  src,
}: {
  scope: string;
  source: string;
  storyHref: string;
  src: string;
}) {
  const key = useEvidenceKey();
  const mine = key !== null && key.startsWith(`${scope}.`) ? key : null;
  const [index, setIndex] = useState<EvidenceIndex | null>(null);
  const [failed, setFailed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const panel = useRef<HTMLElement>(null);
  const shown = useRef<string | null>(null);
  const mounted = useRef(false);

  useEffect(() => {
    const section = document.getElementById(source);
    function onClick(event: MouseEvent) {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      )
        return;
      const link = (event.target as Element | null)?.closest?.("a.ev-a");
      const figure = /\/blame\/evidence\/([^/?#]+)$/.exec(link?.getAttribute("href") ?? "")?.[1];
      if (!figure?.startsWith(`${scope}.`)) return;
      event.preventDefault();
      openEvidence(figure);
    }
    section?.addEventListener("click", onClick);
    return () => section?.removeEventListener("click", onClick);
  }, [scope, source]);

  useEffect(() => {
    if (!mine || index) return;
    let live = true;
    loadIndex(src).then(
      (data) => live && setIndex(data),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [mine, index, src]);

  const group = mine && index ? index.groups[mine] : undefined;
  const ready = mine !== null && (index !== null || failed);

  useEffect(() => {
    const initial = !mounted.current;
    mounted.current = true;
    if (!ready || shown.current === mine || !heading.current || !panel.current) return;
    shown.current = mine;
    // The panel sits under its chart, often below the fold: bring its top into view (not just its
    // heading's last line), and on a click move focus there, for keyboard and screen reader users.
    const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    panel.current.scrollIntoView({
      block: "start",
      behavior: smooth && !initial ? "smooth" : "auto",
    });
    if (!initial) heading.current.focus({ preventScroll: true });
  }, [ready, mine]);

  function close() {
    shown.current = null;
    window.history.pushState(null, "", window.location.pathname + window.location.search);
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  }

  const items = group && index ? group.items.flatMap((i) => index.items[i] ?? []) : [];
  return (
    <section
      ref={panel}
      hidden={!mine}
      aria-labelledby={`${scope}-evidence-title`}
      aria-busy={mine !== null && !ready}
      data-testid={`evidence-${scope}`}
      className="mt-4 scroll-mt-4 rounded-lg border-2 border-accent/40 bg-white p-4"
    >
      <div className="flex items-start justify-between gap-3">
        <div>
          <p className="meta font-semibold uppercase tracking-wide">Evidence</p>
          <h3 id={`${scope}-evidence-title`} ref={heading} tabIndex={-1} className="font-semibold">
            {!ready
              ? "Loading the sentences…"
              : group
                ? group.title
                : failed
                  ? "The sentences could not be loaded"
                  : "Nothing matches this link"}
          </h3>
        </div>
        <button
          type="button"
          onClick={close}
          className="rounded border border-rule px-2 py-1 text-sm hover:border-accent hover:text-accent"
        >
          Close
        </button>
      </div>
      {ready && (
        <p className="meta mb-3 mt-1">
          {group
            ? `${items.length} passage${items.length === 1 ? "" : "s"}; the words that signal it are marked in bold and underlined.`
            : failed
              ? "Check the connection and try again, or open the figure's link in a new tab."
              : "The figures may have changed since the link was shared. Choose a bar or a figure in the table."}
        </p>
      )}
      {items.length > 0 && <EvidenceEntries storyHref={storyHref} items={items} />}
    </section>
  );
}
