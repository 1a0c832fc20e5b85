"use client";

import { useRouter } from "next/navigation";
import type { MouseEvent } from "react";
import { freshSeed } from "@/lib/classroom/seed";

/**
 * A link to the lesson with a new class code. The served href holds a code
 * derived from the current one (the page stays deterministic and works
 * without JavaScript); a click picks a truly random code instead.
 */
export function FreshSeedLink({
  path,
  fallbackSeed,
  children,
}: {
  path: string;
  fallbackSeed: string;
  children: string;
}) {
  const router = useRouter();
  function go(event: MouseEvent<HTMLAnchorElement>) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    const values = new Uint32Array(8);
    crypto.getRandomValues(values);
    let i = 0;
    const seed = freshSeed(() => (values[i++ % values.length] ?? 0) / 4294967296);
    router.push(`${path}?seed=${seed}`);
  }
  return (
    <a
      href={`${path}?seed=${fallbackSeed}`}
      onClick={go}
      className="font-medium text-accent underline"
    >
      {children}
    </a>
  );
}
