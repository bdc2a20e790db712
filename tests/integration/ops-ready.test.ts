import { createServer, type Server, type Socket } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb, openPostgres, setDbHandle, type DbHandle } from "@/db/client";
import { emailOutbox, matchQueue } from "@/db/schema";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";
import { readiness } from "@/lib/ops/readiness";
import { insertCompany } from "../support/companies";
import { withTestDatabase } from "../support/database";

const testDb = withTestDatabase();

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

async function outboxRow(nextAttemptAt: Date, status: "pending" | "sent" = "pending") {
  const db = await getDb();
  await db.insert(emailOutbox).values({ toEmail: "a@b.jp", locale: "ja", type: "message_new", payload: {}, status, nextAttemptAt });
}

afterEach(() => vi.unstubAllEnvs());

describe("/api/health", () => {
  it("answers 200 while the process is up, without asking the database", async () => {
    const response = health();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok" });
  });
});

describe("/api/ready", () => {
  it("is ready with the queues' depths and the age of their oldest job", async () => {
    const db = await getDb();
    const [a, b] = [await insertCompany(), await insertCompany()];
    await db.insert(matchQueue).values([{ companyId: a.id, queuedAt: minutesAgo(1) }, { companyId: b.id }]);
    await outboxRow(minutesAgo(2));
    await outboxRow(minutesAgo(3), "sent");
    await outboxRow(new Date(Date.now() + 60_000)); // deferred: not due yet

    const response = await ready();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body).toMatchObject({ status: "ready", database: "up", queues: { match: { depth: 2, stuck: false }, mail: { depth: 1, stuck: false } } });
    expect(body.queues.match.oldestAgeMs).toBeGreaterThanOrEqual(55_000);
    expect(body.queues.match.oldestAgeMs).toBeLessThan(90_000);
    expect(body.queues.mail.oldestAgeMs).toBeGreaterThanOrEqual(115_000);
  });

  it("reports an empty queue with no oldest job", async () => {
    const body = await (await ready()).json();
    expect(body.queues).toEqual({ match: { depth: 0, oldestAgeMs: null, stuck: false }, mail: { depth: 0, oldestAgeMs: null, stuck: false } });
  });

  it("answers 503 naming a stuck queue: a job older than READY_QUEUE_STUCK_MS", async () => {
    vi.stubEnv("READY_QUEUE_STUCK_MS", "60000");
    const db = await getDb();
    await db.insert(matchQueue).values({ companyId: (await insertCompany()).id, queuedAt: minutesAgo(5) });
    const response = await ready();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "unavailable", database: "up", stuck: ["match"], queues: { match: { depth: 1, stuck: true } } });
  });

  it("does not call the outbox stuck in production without SMTP_URL, where emails wait on purpose", async () => {
    vi.stubEnv("READY_QUEUE_STUCK_MS", "60000");
    await outboxRow(minutesAgo(30));
    expect((await ready()).status).toBe(503);
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("SMTP_URL", "");
    const response = await ready();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ queues: { mail: { depth: 1, stuck: false } } });
  });
});

describe("readiness of a database that is down", () => {
  async function readyOn(handle: DbHandle): Promise<Response> {
    setDbHandle(handle);
    try {
      return await ready();
    } finally {
      setDbHandle(testDb.handle());
    }
  }

  it("answers 503 at once for a stopped database", async () => {
    const stopped = openPostgres("postgres://postgres@127.0.0.1:1/none", { max: 1 });
    const started = performance.now();
    const response = await readyOn(stopped);
    expect(performance.now() - started).toBeLessThan(1500);
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body).toMatchObject({ status: "unavailable", database: "down", ready: false });
    expect(body.error).toMatch(/ECONNREFUSED/);
    expect(body.error).not.toContain("select");
    await stopped.close();
  });

  it("reports a database that accepts connections but never answers within its one-second deadline", async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => void sockets.push(socket)).listen(0, "127.0.0.1");
    await new Promise((resolve) => silent.once("listening", resolve));
    const port = (silent.address() as { port: number }).port;
    const hung = openPostgres(`postgres://postgres@127.0.0.1:${port}/none`, { max: 1 });
    const started = performance.now();
    const result = await readiness({ db: hung.db });
    const took = performance.now() - started;
    expect(result).toMatchObject({ ready: false, database: "down" });
    expect(took).toBeGreaterThanOrEqual(900);
    expect(took).toBeLessThan(1500);
    for (const socket of sockets) socket.destroy();
    silent.close();
    void hung.close().catch(() => {}); // its connection attempt is already failing
  });
});
