// The hook for the responsiveness signal. The inquiries feature (not built yet) knows how reliably
// each company answers; it registers a source here and the trust signal starts using it. Until
// then every reply rate is unknown, and the scorer leaves it out rather than inventing one.
import type { Executor } from "@/db/client";

/** Share of inquiries answered (0..1) for each company it knows; absent = unknown. */
export type ReplyRateSource = (db: Executor, companyIds: readonly string[]) => Promise<Map<string, number>>;

let source: ReplyRateSource | undefined;

export function setReplyRateSource(next: ReplyRateSource | undefined): void {
  source = next;
}

export async function loadReplyRates(db: Executor, companyIds: readonly string[]): Promise<Map<string, number>> {
  return source ? source(db, companyIds) : new Map();
}
