import type { ReactNode } from "react";

const tones = {
  neutral: "border-rule bg-white text-ink",
  accent: "border-accent/30 bg-accent-soft text-accent",
  warn: "border-amber-300 bg-amber-50 text-amber-900",
  muted: "border-transparent bg-stone-100 text-muted",
} as const;

/** A small label. Meaning is always in its text, never only in its colour. */
export function Badge({
  children,
  tone = "neutral",
}: {
  children: ReactNode;
  tone?: keyof typeof tones;
}) {
  return (
    <span
      className={`inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium leading-5 ${tones[tone]}`}
    >
      {children}
    </span>
  );
}
