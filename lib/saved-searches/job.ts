import "server-only";
import { startJob } from "@/lib/jobs/runner";
import { runDigests } from "./digest";

/** Queues the saved searches' due digests every `intervalMs`, on one instance at a time. */
export function startDigestJob(options: { intervalMs: number }): () => Promise<void> {
  return startJob({
    name: "saved-search-digests",
    intervalMs: options.intervalMs,
    exclusive: true,
    round: async () => {
      await runDigests();
    },
  });
}
