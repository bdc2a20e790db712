import "server-only";
// One import point for the matching queue, so catalog writes enqueue a recompute in their transaction.
export { enqueueMatch } from "@/lib/matching/queue";
