"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import type { StackedBarsProps } from "./stacked-bars";

const StackedBars = dynamic(() => import("./stacked-bars"), {
  ssr: false,
  loading: () => <Placeholder />,
});

function Placeholder() {
  return (
    <div className="h-full w-full animate-pulse rounded bg-stone-100 motion-reduce:animate-none" />
  );
}

/**
 * recharts is fetched and drawn only when its chart comes near the viewport
 * (the charts sit below the fold), never before the page has painted. The
 * caller reserves the chart's height, so nothing shifts when it arrives.
 */
export function LazyStackedBars(props: StackedBarsProps) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element || near) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: "300px 0px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  return (
    <div ref={box} className="h-full w-full">
      {near ? <StackedBars {...props} /> : <Placeholder />}
    </div>
  );
}
