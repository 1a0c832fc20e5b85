"use client";

import Link from "next/link";
import { useState, type ComponentProps } from "react";

/**
 * A Link that prefetches only once the reader shows intent (hover, focus or
 * touch), not as soon as it scrolls into view: the story views are heavy (the
 * story page's payload is ~330 KB) and prefetching them all on load kept a
 * phone's main thread busy just when the page should become usable.
 */
export function IntentLink(
  props: Omit<
    ComponentProps<typeof Link>,
    "prefetch" | "onMouseEnter" | "onFocus" | "onTouchStart"
  >,
) {
  const [active, setActive] = useState(false);
  const intent = () => setActive(true);
  return (
    <Link
      {...props}
      prefetch={active ? null : false}
      onMouseEnter={intent}
      onFocus={intent}
      onTouchStart={intent}
    />
  );
}
