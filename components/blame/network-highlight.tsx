"use client";

import { useEffect } from "react";

/**
 * When the hash names an arrow (`#edge-…`), outline it in its picture and
 * open its entry in the list. Without JavaScript the arrow's link still jumps
 * to the entry.
 */
export function NetworkHighlight() {
  useEffect(() => {
    function sync() {
      const id = decodeURIComponent(window.location.hash.slice(1));
      for (const edge of document.querySelectorAll("[data-edge]")) {
        if (edge.getAttribute("data-edge") === id) edge.setAttribute("data-active", "");
        else edge.removeAttribute("data-active");
      }
      const item = id.startsWith("edge-") ? document.getElementById(id) : null;
      const details = item?.querySelector("details");
      if (details) details.open = true;
    }
    sync();
    window.addEventListener("hashchange", sync);
    return () => window.removeEventListener("hashchange", sync);
  }, []);
  return null;
}
