"use client";

import { useEffect, useRef } from "react";

/**
 * Progressive enhancement for a GET form: submit as soon as a choice changes.
 * Without JavaScript the form's own button does the same.
 */
export function AutoSubmit() {
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const form = marker.current?.closest("form");
    if (!form) return;
    const onChange = () => form.requestSubmit();
    form.addEventListener("change", onChange);
    return () => form.removeEventListener("change", onChange);
  }, []);
  return <span ref={marker} hidden />;
}
