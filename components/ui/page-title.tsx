import type { ReactNode } from "react";

export function PageTitle({
  kicker,
  children,
  lead,
}: {
  kicker?: ReactNode;
  children: ReactNode;
  lead?: ReactNode;
}) {
  return (
    <header className="mb-8">
      {kicker && (
        <p className="mb-1 text-sm font-medium uppercase tracking-wide text-muted">{kicker}</p>
      )}
      <h1 className="font-serif text-3xl font-bold leading-tight text-ink sm:text-4xl">
        {children}
      </h1>
      {lead && <div className="mt-3 max-w-3xl text-lg leading-relaxed text-muted">{lead}</div>}
    </header>
  );
}
