"use client";

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type FunnelBar = { label: string; value: number };

/** The funnel as horizontal bars; the same numbers are in the table beside it. */
export default function FunnelChart({ data, locale, title }: { data: FunnelBar[]; locale: string; title: string }) {
  const number = new Intl.NumberFormat(locale);
  return (
    <figure aria-label={title} className="h-72 w-full min-w-0">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 48, top: 8, bottom: 8 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} tickFormatter={(v: number) => number.format(v)} />
          <YAxis type="category" dataKey="label" width={96} />
          <Tooltip formatter={(v) => number.format(Number(v))} />
          <Bar dataKey="value" fill="#4338ca" isAnimationActive={false}>
            <LabelList dataKey="value" position="right" formatter={(v) => number.format(Number(v))} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
