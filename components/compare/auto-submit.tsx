"use client";

import { useEffect, useRef } from "react";

/** Where the control to focus after a submission is remembered across the page load. */
const FOCUS_KEY = "parallax:focus-after-submit";

/** How to find a control again on the next page: its name, else "submit" for the form's button. */
function controlKey(element: Element | null): string | null {
  if (element instanceof HTMLButtonElement && element.type === "submit") return "submit";
  if ((element instanceof HTMLSelectElement || element instanceof HTMLInputElement) && element.name)
    return element.name;
  return null;
}

function remember(form: HTMLFormElement, element: Element | null) {
  const key = element && form.contains(element) ? controlKey(element) : null;
  if (!key) return;
  try {
    const path = new URL(form.action, window.location.href).pathname;
    sessionStorage.setItem(FOCUS_KEY, JSON.stringify({ path, key }));
  } catch {
    // Storage can be refused (private mode): the page still works, focus starts at the top.
  }
}

function restore(form: HTMLFormElement) {
  let saved: { path?: unknown; key?: unknown } | null;
  try {
    saved = JSON.parse(sessionStorage.getItem(FOCUS_KEY) ?? "null") as {
      path?: unknown;
      key?: unknown;
    } | null;
    sessionStorage.removeItem(FOCUS_KEY);
  } catch {
    return;
  }
  if (!saved || saved.path !== window.location.pathname || typeof saved.key !== "string") return;
  const target =
    saved.key === "submit"
      ? form.querySelector<HTMLElement>('button[type="submit"]')
      : form.querySelector<HTMLElement>(`[name="${CSS.escape(saved.key)}"]`);
  target?.focus();
}

/**
 * Progressive enhancement for a GET form of choices. Without JavaScript the
 * form's own button submits it. With it:
 * - a choice made with a pointer (mouse, touch, pen) submits at once;
 * - a checkbox submits when toggled, by any means (a toggle is a deliberate act);
 * - browsing a select's options with the arrow keys does NOT submit (each
 *   arrow fires "change"; a reload per key lost the reader's place): Enter on
 *   the select, or the button, submits;
 * - after the page reloads, focus returns to the control that submitted.
 */
export function AutoSubmit() {
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const form = marker.current?.closest("form");
    if (!form) return;
    restore(form);
    let pointer = false;
    const submit = (control: Element | null) => {
      remember(form, control);
      form.requestSubmit();
    };
    const onPointerDown = () => {
      pointer = true;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      pointer = false;
      const target = event.target;
      if (
        event.key === "Enter" &&
        target instanceof HTMLSelectElement &&
        !event.altKey &&
        !event.ctrlKey &&
        !event.metaKey
      ) {
        event.preventDefault();
        submit(target);
      }
    };
    const onChange = (event: Event) => {
      const target = event.target;
      if (target instanceof HTMLSelectElement && !pointer) return;
      // Typing is not choosing: a text or search field submits with Enter or the button.
      if (
        target instanceof HTMLInputElement &&
        (target.type === "text" || target.type === "search")
      )
        return;
      submit(target as Element | null);
    };
    const onSubmit = () => remember(form, document.activeElement);
    form.addEventListener("pointerdown", onPointerDown, true);
    form.addEventListener("keydown", onKeyDown, true);
    form.addEventListener("change", onChange);
    form.addEventListener("submit", onSubmit);
    return () => {
      form.removeEventListener("pointerdown", onPointerDown, true);
      form.removeEventListener("keydown", onKeyDown, true);
      form.removeEventListener("change", onChange);
      form.removeEventListener("submit", onSubmit);
    };
  }, []);
  return <span ref={marker} hidden />;
}
