import type { ReactNode } from "react";

/**
 * A form field's label, hint and error around its control. The control gets `describedBy(id, …)` and
 * `aria-invalid`, so a screen reader reads the hint and the error with it; the error says "Error:" in words
 * as well as in colour.
 */
export function describedBy(
  id: string,
  hint: ReactNode,
  error: string | undefined,
): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

export const CONTROL_CLASS =
  "mt-1 block w-full min-w-0 rounded border border-rule bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";

export function FieldShell({
  id,
  label,
  optional = false,
  hint,
  error,
  children,
  className,
}: {
  id: string;
  label: ReactNode;
  optional?: boolean;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={`min-w-0 ${className ?? ""}`}>
      <label htmlFor={id} className="block font-medium">
        {label}
        {optional && <span className="font-normal text-muted"> (optional)</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="mt-0.5 text-sm text-muted">
          {hint}
        </p>
      )}
      {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
      {children}
    </div>
  );
}

export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="mt-1 break-words text-sm font-medium text-red-800">
      <span aria-hidden="true">⚠ </span>
      <span className="sr-only">Error: </span>
      {children}
    </p>
  );
}
