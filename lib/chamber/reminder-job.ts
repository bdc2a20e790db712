import "server-only";
import { startJob } from "@/lib/jobs/runner";
import { runIntroductionReminders } from "./followups";

/** Sends the introductions' silence reminders every quarter hour, on one instance at a time. */
export function startIntroductionReminders(options: { intervalMs?: number } = {}): () => Promise<void> {
  return startJob({
    name: "introduction-reminders",
    intervalMs: options.intervalMs ?? 15 * 60_000,
    exclusive: true,
    round: async () => {
      await runIntroductionReminders();
    },
  });
}
