import { env } from "@/lib/env";

/** The JPY→CNY rate for the approximate yuan figure shown next to yen prices (env JPY_TO_CNY_RATE). */
export function jpyToCnyRate(source?: Record<string, string | undefined>): number {
  return env("JPY_TO_CNY_RATE", source);
}

/** Yuan rounded for display: whole yuan from 100 up, else to the jiao. */
export function approxCny(jpy: number, rate: number): number {
  const cny = jpy * rate;
  return cny >= 100 ? Math.round(cny) : Math.round(cny * 10) / 10;
}
