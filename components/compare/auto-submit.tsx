"use client";

import { useEffect, useRef } from "react";

/** True when a control no longer holds the value the server rendered. */
function changed(element: Element): boolean {
  if (element instanceof HTMLSelectElement) {
    // With no option marked selected, a select starts on its first option.
    const options = Array.from(element.options);
    const initial = options.find((option) => option.defaultSelected) ?? options[0];
    return element.value !== (initial?.value ?? "");
  }
  if (element instanceof HTMLInputElement) {
    return element.type === "checkbox" || element.type === "radio"
      ? element.checked !== element.defaultChecked
      : element.value !== element.defaultValue;
  }
  return false;
}

/**
 * Progressive enhancement for a GET form: submit as soon as a choice changes.
 * Without JavaScript the form's own button does the same. A choice made while
 * the page was still loading (before this ran) is submitted as soon as it runs.
 */
export function AutoSubmit() {
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const form = marker.current?.closest("form");
    if (!form) return;
    const onChange = () => form.requestSubmit();
    form.addEventListener("change", onChange);
    if (Array.from(form.elements).some(changed)) form.requestSubmit();
    return () => form.removeEventListener("change", onChange);
  }, []);
  return <span ref={marker} hidden />;
}
