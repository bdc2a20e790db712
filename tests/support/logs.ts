/** Captures what the app logs through lib/log.ts as parsed JSON lines, for tests that check them. */
import { createLogger, setLogger } from "@/lib/log";

export type LogLine = Record<string, unknown> & { level: number; msg?: string; requestId?: string };

export function captureLogs(): { lines: LogLine[]; restore: () => void } {
  const lines: LogLine[] = [];
  setLogger(createLogger({ level: "trace", pretty: false, destination: { write: (line: string) => void lines.push(JSON.parse(line)) } }));
  return { lines, restore: () => setLogger(undefined) };
}
