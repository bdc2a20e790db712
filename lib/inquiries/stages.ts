import type { DealStage } from "@/db/schema";

/** Open stages in the order a deal moves through them; signed and closed end it. */
export const openStages = ["new", "in_talks", "samples_sent", "negotiating"] as const satisfies readonly DealStage[];

/**
 * Whether a deal may go from `from` to `to`: between open stages in either direction (a step back
 * corrects a mistake), from an open stage to signed or closed, and from closed back to an open
 * stage. A signed agreement is final: it counts in the chamber's statistics.
 */
export function canMoveStage(from: DealStage, to: DealStage): boolean {
  if (from === to || from === "signed") return false;
  if (from === "closed") return (openStages as readonly DealStage[]).includes(to);
  return true;
}

export function nextStages(from: DealStage): DealStage[] {
  return (["new", "in_talks", "samples_sent", "negotiating", "signed", "closed"] as const).filter((to) => canMoveStage(from, to));
}
