import "server-only";
import { startJob } from "@/lib/jobs/runner";
import { runEventFollowups } from "./followups";

/** Sends the follow-ups after event talks every hour, on one instance at a time. */
export function startEventFollowups(options: { intervalMs?: number } = {}): () => Promise<void> {
  return startJob({
    name: "event-followups",
    intervalMs: options.intervalMs ?? 60 * 60_000,
    exclusive: true,
    round: async () => {
      await runEventFollowups();
    },
  });
}
