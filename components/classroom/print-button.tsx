"use client";

/** Opens the browser's print dialog; the print stylesheet turns the page into a handout. */
export function PrintButton({ label = "Print" }: { label?: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded border border-rule bg-white px-3 py-1.5 text-sm font-medium hover:border-accent hover:text-accent"
    >
      {label}
    </button>
  );
}
