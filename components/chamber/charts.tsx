"use client";

// recharts is loaded only on the console, after the page and its tables have rendered.
import dynamic from "next/dynamic";

const placeholder = () => <div className="h-72 w-full animate-pulse rounded-md bg-stone-100" aria-hidden="true" />;

export const LazyFunnelChart = dynamic(() => import("./funnel-chart"), { ssr: false, loading: placeholder });
export const LazySeriesChart = dynamic(() => import("./series-chart"), { ssr: false, loading: placeholder });
