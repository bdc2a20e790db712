/**
 * The embedded database served from its own process (db/embedded): it starts on a data folder,
 * answers the app's queries over its socket with transactions taken in turns and COPY emulated,
 * keeps its data across a restart, refuses a second server or command on the same folder, and
 * stops when the process that started it dies.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openEmbedded, openPglite, type DbHandle } from "@/db/client";
import { EmbeddedBusyError, lockPathOf, readLock } from "@/db/embedded/lock.mjs";
import { serverScript, startEmbeddedServer, type EmbeddedServer } from "@/db/embedded/start";
import { chambers } from "@/db/schema";
import { copyRows, rowsOf } from "@/lib/matching/db-rows";
import { backupDatabase, BackupError } from "@/lib/ops/backup";

let work: string;
let dir: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), "kk-embedded-"));
  dir = path.join(work, "pglite");
  // A migrated folder: from the run's snapshot when the run made one (migrating anew takes
  // several seconds), else migrated here (the PostgreSQL run of the suite makes no snapshot).
  const snapshot = inject("pgliteSnapshot");
  const handle = await openPglite(dir, snapshot ? { loadDataDir: new Blob([readFileSync(snapshot)]) } : {});
  if (!snapshot) await handle.migrate();
  await handle.close();
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}

describe("the embedded database server", () => {
  let server: EmbeddedServer;
  let app: DbHandle;

  beforeAll(async () => {
    server = await startEmbeddedServer(dir);
    app = await openEmbedded(dir);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await server?.stop();
  });

  it("serves the data folder to clients that open it while it runs, over its socket", async () => {
    expect(app.kind).toBe("embedded");
    expect(readLock(dir)).toMatchObject({ pid: server.pid, mode: "server", state: "serving", socket: server.socket });
    await app.db.insert(chambers).values({ key: "mitsuke cci", name: { ja: "見附商工会議所", zh: "见附工商会议所", en: "Mitsuke CCI" }, region: "JP-15" });
    const cli = await openEmbedded(dir); // as a command run beside the app does
    try {
      expect(cli.kind).toBe("embedded");
      const [row] = await cli.db.select().from(chambers).where(eq(chambers.key, "mitsuke cci"));
      expect(row?.name.ja).toBe("見附商工会議所");
    } finally {
      await cli.close();
    }
  });

  it("runs concurrent transactions one after another, each seeing the previous one's write", async () => {
    await app.db.execute(sql`create table if not exists embedded_counter (n int primary key)`);
    await app.db.execute(sql`truncate embedded_counter`);
    const other = await openEmbedded(dir);
    try {
      await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          (i % 2 ? other : app).db.transaction(async (tx) => {
            const [top] = await rowsOf<{ n: number }>(tx, sql`select coalesce(max(n), 0)::int as n from embedded_counter`);
            await new Promise((resolve) => setTimeout(resolve, 5)); // another connection's turn would come here
            await tx.execute(sql`insert into embedded_counter (n) values (${top!.n + 1})`);
          }),
        ),
      );
      // A failed transaction leaves nothing behind, and the session is usable afterwards.
      await expect(
        app.db.transaction(async (tx) => {
          await tx.execute(sql`insert into embedded_counter (n) values (1000)`);
          throw new Error("abandoned");
        }),
      ).rejects.toThrow("abandoned");
    } finally {
      await other.close();
    }
    const rows = await rowsOf<{ n: number }>(app.db, sql`select n from embedded_counter order by n`);
    expect(rows.map((r) => r.n)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it("takes COPY FROM STDIN (the matching's bulk writes) in one piece, or not at all", async () => {
    await app.db.execute(sql`create table if not exists embedded_copy (id int primary key, label text)`);
    await app.db.execute(sql`truncate embedded_copy`);
    const sink = await copyRows(app.db, "embedded_copy (id, label)");
    for (let i = 1; i <= 3000; i += 1000) {
      await sink.write(Array.from({ length: 1000 }, (_, k) => `${i + k}\tlabel ${i + k} 見附\n`).join(""));
    }
    await sink.end();
    const [count] = await rowsOf<{ n: number }>(app.db, sql`select count(*)::int as n from embedded_copy`);
    expect(count!.n).toBe(3000);
    const [sample] = await rowsOf<{ label: string }>(app.db, sql`select label from embedded_copy where id = 2999`);
    expect(sample!.label).toBe("label 2999 見附");

    // A duplicate key fails the whole COPY: none of its rows stay (not even those before the
    // bad one), and the session goes on for everyone else.
    const client = postgres("postgres://kakehashi@localhost/kakehashi", { path: server.socket, max: 1, onnotice: () => {} });
    try {
      const stream = await client.unsafe("copy embedded_copy (id, label) from stdin").writable();
      stream.write("5000\tnew\n1\tduplicate\n");
      stream.end();
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      await client.end({ timeout: 1 });
    }
    const [after] = await rowsOf<{ n: number }>(app.db, sql`select count(*)::int as n from embedded_copy`);
    expect(after!.n).toBe(3000);
  });

  it("refuses a second server, and a command that would open the folder itself, naming the running one", async () => {
    const second = startEmbeddedServer(dir, { waitMs: 500 });
    await expect(second).rejects.toBeInstanceOf(EmbeddedBusyError);
    await expect(second).rejects.toThrow(`process ${server.pid}`);
    await expect(backupDatabase({ kind: "pglite", dir }, path.join(work, "while-running.tar.gz"))).rejects.toBeInstanceOf(BackupError);
    expect(existsSync(path.join(work, "while-running.tar.gz"))).toBe(false);
    expect(alive(server.pid)).toBe(true);
    const [row] = await rowsOf<{ n: number }>(app.db, sql`select count(*)::int as n from embedded_copy`);
    expect(row!.n).toBe(3000);
  });

  it("keeps its data across a restart, and commands open the folder themselves while it is stopped", async () => {
    await app.close();
    await server.stop();
    expect(alive(server.pid)).toBe(false);
    expect(existsSync(lockPathOf(dir))).toBe(false);
    expect(existsSync(server.socket)).toBe(false);

    const direct = await openEmbedded(dir); // as `npm run import` with the app stopped
    expect(direct.kind).toBe("pglite");
    expect(readLock(dir)).toMatchObject({ pid: process.pid, mode: "direct" });
    // Meanwhile the app cannot start on the folder.
    await expect(startEmbeddedServer(dir, { waitMs: 500 })).rejects.toThrow(/in use by/);
    const [chamber] = await direct.db.select().from(chambers).where(eq(chambers.key, "mitsuke cci"));
    expect(chamber?.region).toBe("JP-15");
    await direct.close();
    expect(readLock(dir)).toBeNull();

    server = await startEmbeddedServer(dir);
    app = await openEmbedded(dir);
    const [row] = await rowsOf<{ n: number }>(app.db, sql`select count(*)::int as n from embedded_copy`);
    expect(row!.n).toBe(3000);
  }, 60_000);
});

describe("the embedded server's lifetime", () => {
  it("stops by itself when the process that started it is killed", async () => {
    // A parent that starts the server as the app does (IPC channel), reports its pid, and then
    // is killed with SIGKILL: no shutdown code of its own runs.
    const parentScript = path.join(work, "parent.mjs");
    writeFileSync(
      parentScript,
      `import { spawn } from "node:child_process";
const child = spawn(process.execPath, [${JSON.stringify(serverScript())}, ${JSON.stringify(dir)}], { detached: true, stdio: ["ignore", "inherit", "inherit", "ipc"] });
child.once("message", (m) => console.log(JSON.stringify(m)));
setInterval(() => {}, 1000);`,
    );
    const parent = spawn(process.execPath, [parentScript], { stdio: ["ignore", "pipe", "inherit"] });
    const report = await new Promise<{ type: string; pid: number }>((resolve) =>
      parent.stdout.once("data", (data: Buffer) => resolve(JSON.parse(data.toString()))),
    );
    expect(report.type).toBe("ready");
    expect(readLock(dir)?.pid).toBe(report.pid);
    parent.kill("SIGKILL");
    expect(await until(() => !alive(report.pid), 20_000)).toBe(true);
    expect(readLock(dir)).toBeNull();
  }, 60_000);

  it("takes over a lock left behind by a process that died", async () => {
    writeFileSync(lockPathOf(dir), JSON.stringify({ pid: 2 ** 22 + 7, mode: "server", state: "serving", socket: "/nonexistent", command: "gone", since: "" }));
    expect(readLock(dir)).toBeNull();
    const handle = await openEmbedded(dir);
    expect(handle.kind).toBe("pglite");
    await handle.close();
    expect(existsSync(lockPathOf(dir))).toBe(false);
  }, 60_000);
});
