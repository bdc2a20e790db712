/**
 * The one logger: pino, one JSON line per entry in production (for a log collector), colourised
 * lines in development. Requests, server actions, workers and CLIs all log through it; a request
 * logs through `requestLogger(id)`, a child that stamps every line with the request id the user
 * is shown on the error page or in the error message.
 */
import pino, { type DestinationStream, type Logger } from "pino";
import pretty from "pino-pretty";
import { env } from "./env";

export type { Logger };

export function newRequestId(): string {
  return crypto.randomUUID().replaceAll("-", "").slice(0, 12);
}

// pino-pretty as a synchronous stream in this thread, not a pino transport: transports run in a
// worker thread that Next's server bundle cannot start, and a sync stream loses nothing on exit.
function prettyStream(destination: DestinationStream | number): DestinationStream {
  return pretty({ sync: true, colorize: destination === 1, translateTime: "SYS:HH:MM:ss.l", ignore: "pid,hostname", destination });
}

export function createLogger(options: { level?: string; pretty?: boolean; destination?: DestinationStream } = {}): Logger {
  const level = options.level ?? env("LOG_LEVEL");
  const usePretty = options.pretty ?? env("NODE_ENV") === "development";
  const destination = usePretty ? prettyStream(options.destination ?? 1) : (options.destination ?? pino.destination({ sync: true }));
  return pino({ level, base: { pid: process.pid }, serializers: { err: pino.stdSerializers.err } }, destination);
}

// One per process, kept across the dev server's module reloads.
const store = globalThis as unknown as { __kakehashiLogger?: Logger };

export function logger(): Logger {
  return (store.__kakehashiLogger ??= createLogger());
}

/** Replaces the process's logger (tests capture lines with it); undefined goes back to the default. */
export function setLogger(replacement: Logger | undefined): void {
  store.__kakehashiLogger = replacement;
}

/** The logger for one request, action or job run: every line carries its id. */
export function requestLogger(requestId: string = newRequestId(), fields: Record<string, unknown> = {}): Logger {
  return logger().child({ requestId, ...fields });
}

export function logError(requestId: string, error: unknown, context: Record<string, unknown> = {}): void {
  const err = error instanceof Error ? error : new Error(String(error));
  requestLogger(requestId).error({ err, ...context }, err.message);
}
