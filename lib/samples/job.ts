import "server-only";
import { startJob } from "@/lib/jobs/runner";
import { runSampleFlags } from "./flags";

/** Flags overdue samples and retires expired needs every quarter hour, on one instance at a time. */
export function startSampleFlags(options: { intervalMs?: number } = {}): () => Promise<void> {
  return startJob({
    name: "sample-flags",
    intervalMs: options.intervalMs ?? 15 * 60_000,
    exclusive: true,
    round: async () => {
      await runSampleFlags();
    },
  });
}
