"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type SeriesLine = { key: string; label: string };

const colours = ["#4338ca", "#0891b2", "#059669", "#ca8a04", "#dc2626", "#7c3aed", "#db2777"];

/** The steps per week or month as lines; `points` carry a localized `label` for the axis. */
export default function SeriesChart({
  points,
  lines,
  locale,
  title,
}: {
  points: Record<string, string | number>[];
  lines: SeriesLine[];
  locale: string;
  title: string;
}) {
  const number = new Intl.NumberFormat(locale);
  return (
    <figure aria-label={title} className="h-80 w-full min-w-0">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" />
          <YAxis allowDecimals={false} tickFormatter={(v: number) => number.format(v)} />
          <Tooltip formatter={(v) => number.format(Number(v))} />
          <Legend />
          {lines.map((line, i) => (
            <Line
              key={line.key}
              type="monotone"
              dataKey={line.key}
              name={line.label}
              stroke={colours[i % colours.length]}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
