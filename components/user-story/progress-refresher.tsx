"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * While a story is being analysed, ask the API for its status now and then, and re-render the page
 * (its server components) when the status or stage changes. Without JavaScript the page says to reload.
 */
export function ProgressRefresher({
  id,
  status,
  stage,
}: {
  id: string;
  status: string;
  stage: string;
}) {
  const router = useRouter();
  useEffect(() => {
    let stopped = false;
    let timer: number | undefined;
    const check = async () => {
      try {
        const response = await fetch(`/api/stories/${id}`, { cache: "no-store" });
        const body = (await response.json()) as { status?: string; stage?: string };
        if (response.status === 404 || body.status !== status || body.stage !== stage) {
          router.refresh();
          return;
        }
      } catch {
        // A dropped connection is retried on the next tick.
      }
      if (!stopped) timer = window.setTimeout(check, 1500);
    };
    timer = window.setTimeout(check, 1000);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [id, status, stage, router]);
  return (
    <noscript>
      <p className="mt-3 text-sm text-muted">Reload this page to see the progress.</p>
    </noscript>
  );
}
