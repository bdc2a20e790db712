import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, logError, requestLogger } from "@/lib/log";
import { captureLogs } from "../support/logs";

function collect() {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { chunks, destination };
}

describe("the logger", () => {
  it("writes one JSON line per entry in production", () => {
    const out = collect();
    createLogger({ pretty: false, level: "info", destination: out.destination }).info({ job: "mail" }, "round done");
    expect(out.chunks).toHaveLength(1);
    expect(JSON.parse(out.chunks[0]!)).toMatchObject({ level: 30, job: "mail", msg: "round done" });
  });

  it("writes readable lines, not JSON, in development", () => {
    const out = collect();
    createLogger({ pretty: true, level: "info", destination: out.destination }).warn({ job: "mail" }, "smtp slow");
    const text = out.chunks.join("");
    expect(text).toMatch(/WARN.*smtp slow/);
    expect(text).toContain('job: "mail"');
    expect(() => JSON.parse(text)).toThrow();
  });

  it("stamps every line of a request with its id, and an error with its stack", () => {
    const log = captureLogs();
    try {
      requestLogger("abc123def456", { path: "/en/search" }).info("rendered");
      logError("abc123def456", new Error("database unreachable"), { action: true });
    } finally {
      log.restore();
    }
    expect(log.lines).toEqual([
      expect.objectContaining({ level: 30, requestId: "abc123def456", path: "/en/search", msg: "rendered" }),
      expect.objectContaining({
        level: 50,
        requestId: "abc123def456",
        action: true,
        msg: "database unreachable",
        err: expect.objectContaining({ stack: expect.stringContaining("Error: database unreachable") }),
      }),
    ]);
  });

  it("drops entries below its level", () => {
    const out = collect();
    const logger = createLogger({ pretty: false, level: "warn", destination: out.destination });
    logger.info("chatter");
    logger.error("broken");
    expect(out.chunks.map((c) => JSON.parse(c).msg)).toEqual(["broken"]);
  });
});
