/** The JPY→CNY rate for the approximate yuan figure shown next to yen prices (env JPY_TO_CNY_RATE). */
export const DEFAULT_JPY_TO_CNY_RATE = 0.048;

export function jpyToCnyRate(env: Record<string, string | undefined> = process.env): number {
  const rate = Number(env.JPY_TO_CNY_RATE);
  return Number.isFinite(rate) && rate > 0 ? rate : DEFAULT_JPY_TO_CNY_RATE;
}

/** Yuan rounded for display: whole yuan from 100 up, else to the jiao. */
export function approxCny(jpy: number, rate: number): number {
  const cny = jpy * rate;
  return cny >= 100 ? Math.round(cny) : Math.round(cny * 10) / 10;
}
