import "server-only";
import { startJob } from "@/lib/jobs/runner";
import { runReplyReminders } from "./reply-reminders";
import { refreshReplyStats } from "./reply-stats";

/**
 * Every quarter hour, on one instance at a time: the reply figures as of now (the 90-day window
 * slides even when nothing is written), then the silence reminders.
 */
export function startTrustJob(options: { intervalMs?: number } = {}): () => Promise<void> {
  return startJob({
    name: "trust-replies",
    intervalMs: options.intervalMs ?? 15 * 60_000,
    exclusive: true,
    round: async () => {
      await refreshReplyStats();
      await runReplyReminders();
    },
  });
}
