import { createServer, type Socket } from "node:net";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { getDb, openPostgres, setDbHandle, type DbHandle } from "@/db/client";
import { users } from "@/db/schema";
import { publicAction } from "@/lib/auth/action";
import { databaseDown, probeDatabase } from "@/lib/database-state";
import { onShutdown, runShutdownHooks } from "@/lib/shutdown";
import { pageForm } from "../support/forms";
import { withTestDatabase } from "../support/database";

const testDb = withTestDatabase();
const stoppedUrl = "postgres://postgres@127.0.0.1:1/none";

// A write in the shape of every form action: through the wrapper, into the database.
const addUserAction = publicAction({ schema: z.object({ email: z.string() }) }, async ({ email }) => {
  await (await getDb()).insert(users).values({ email, name: "N", passwordHash: "x", role: "sme" });
  return { message: "saved" };
});

let opened: DbHandle[] = [];
function use(handle: DbHandle): DbHandle {
  opened.push(handle);
  setDbHandle(handle);
  return handle;
}

afterEach(async () => {
  setDbHandle(testDb.handle());
  await probeDatabase(); // back to "up" for the next test
  for (const handle of opened) void handle.close().catch(() => {});
  opened = [];
});

describe("while the database is down", () => {
  it("an action answers at once with the localized error and saves nothing", async () => {
    use(openPostgres(stoppedUrl, { max: 1 }));
    const answers: Record<string, string | undefined> = {};
    const started = performance.now();
    for (const locale of ["ja", "zh", "en"] as const)
      answers[locale] = (await addUserAction(undefined, pageForm(locale, { email: `${locale}@example.jp` }))).message;
    expect(performance.now() - started).toBeLessThan(2000);
    expect(answers).toEqual({
      ja: "データベースに一時的に接続できないため、保存できませんでした。何も変更されていません。数秒後にもう一度お試しください。",
      zh: "数据库暂时无法连接，未能保存，未做任何更改。请几秒后再试。",
      en: "We cannot save right now: our database is briefly unreachable. Nothing was changed. Please try again in a few seconds.",
    });
    setDbHandle(testDb.handle());
    expect(await (await getDb()).select().from(users)).toEqual([]);
  });

  it("the probe marks it down on a refused connection and up again once it answers", async () => {
    expect(await probeDatabase()).toBe(true);
    expect(databaseDown()).toBe(false);
    use(openPostgres(stoppedUrl, { max: 1 }));
    expect(await probeDatabase()).toBe(false);
    expect(databaseDown()).toBe(true);
    setDbHandle(testDb.handle());
    expect(await probeDatabase()).toBe(true);
    expect(databaseDown()).toBe(false);
    const state = await addUserAction(undefined, pageForm("en", { email: "back@example.jp" }));
    expect(state).toMatchObject({ ok: true, message: "saved" });
  });

  it("the probe calls a database down only when it is slow twice running", async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket)).listen(0, "127.0.0.1");
    await new Promise((resolve) => silent.once("listening", resolve));
    use(openPostgres(`postgres://postgres@127.0.0.1:${(silent.address() as { port: number }).port}/none`, { max: 1 }));
    try {
      expect(await probeDatabase(200)).toBe(false);
      expect(databaseDown()).toBe(false);
      expect(await probeDatabase(200)).toBe(false);
      expect(databaseDown()).toBe(true);
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  });

  it("a failing statement that is not about the connection still gets the generic error with its reference", async () => {
    const failing = publicAction({ schema: z.object({}) }, async () => {
      await (await getDb()).execute(sql`select * from no_such_table`);
    });
    const state = await failing(undefined, pageForm("en", {}));
    expect(state.message).toMatch(/^Something went wrong on our side\. Nothing was saved\. Reference: [0-9a-f]{12}$/);
  });
});

describe("shutdown hooks", () => {
  it("run once, the last registered first (workers before the database pool)", async () => {
    const order: string[] = [];
    onShutdown(() => void order.push("database pool"));
    onShutdown(async () => {
      await new Promise((r) => setTimeout(r, 20));
      order.push("match worker's current job");
    });
    await runShutdownHooks();
    await runShutdownHooks();
    expect(order).toEqual(["match worker's current job", "database pool"]);
  });
});
