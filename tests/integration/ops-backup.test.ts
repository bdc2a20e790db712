import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, inject, it } from "vitest";
import { getDb, openPglite, openPostgres, setDbHandle, type DbHandle } from "@/db/client";
import { companies, products, users } from "@/db/schema";
import { rowsOf } from "@/lib/matching/db-rows";
import { insertUser } from "../support/accounts";
import { insertSupplier } from "../support/companies";

const run = promisify(execFile);
const root = path.resolve(__dirname, "../..");
const work = mkdtempSync(path.join(os.tmpdir(), "kakehashi-backup-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const postgresUrl = process.env.TEST_DATABASE_URL;
const pgliteDir = path.join(work, "pglite");
const cliEnv = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  NODE_ENV: "test" as const,
  ...(postgresUrl ? { DATABASE_URL: postgresUrl } : { PGLITE_DIR: pgliteDir }),
};

function cli(command: "backup" | "restore", file: string) {
  return run("npx", ["tsx", "--conditions=react-server", `db/cli/${command}.ts`, file], { cwd: root, env: cliEnv });
}

async function open(): Promise<DbHandle> {
  const handle = postgresUrl ? openPostgres(postgresUrl, { max: 2 }) : await openPglite(pgliteDir);
  setDbHandle(handle);
  return handle;
}

async function close(handle: DbHandle): Promise<void> {
  setDbHandle(undefined);
  await handle.close();
}

/** Every row of every table, as text, in a stable order. */
async function allRows(): Promise<Record<string, string[]>> {
  const db = await getDb();
  const tables = await rowsOf<{ tablename: string }>(db, sql`select tablename from pg_tables where schemaname = 'public' order by tablename`);
  const out: Record<string, string[]> = {};
  for (const { tablename } of tables) {
    const rows = await rowsOf<{ row: string }>(db, sql.raw(`select t::text as row from "${tablename}" t order by 1`));
    out[tablename] = rows.map((r) => r.row);
  }
  return out;
}

describe(`npm run db:backup / db:restore (${postgresUrl ? "PostgreSQL: pg_dump, pg_restore" : "embedded PGlite: its data folder"})`, () => {
  it("restores exactly the rows that were backed up, undoing what changed in between", async () => {
    let handle: DbHandle;
    if (postgresUrl) {
      handle = await open();
      const db = await getDb();
      const tables = await rowsOf<{ tablename: string }>(db, sql`select tablename from pg_tables where schemaname = 'public'`);
      await db.execute(sql.raw(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`));
    } else {
      handle = await openPglite(pgliteDir, { loadDataDir: new Blob([readFileSync(inject("pgliteSnapshot"))]) });
      setDbHandle(handle);
    }
    const owner = await insertUser({ name: "佐藤 花子", email: "hanako@example.jp" });
    const supplier = await insertSupplier({ name: { ja: "見附ニット", zh: "见附针织" } }, [{ name: { ja: "ニットセーター" }, hsCode: "611030" }]);
    const before = await allRows();
    expect(before.users).toHaveLength(1);
    expect(before.products).toHaveLength(1);
    expect(before.search_cards!.length).toBeGreaterThan(0);
    await close(handle);

    const file = path.join(work, postgresUrl ? "kakehashi.dump" : "kakehashi.tar.gz");
    const backup = await cli("backup", file);
    expect(backup.stdout).toContain(`to ${file}`);
    expect(existsSync(file)).toBe(true);

    handle = await open();
    const db = await getDb();
    await db.delete(products).where(eq(products.companyId, supplier.id));
    await db.update(users).set({ name: "changed" }).where(eq(users.id, owner.id));
    await insertUser({ email: "after-backup@example.jp" });
    await db.update(companies).set({ status: "suspended" }).where(eq(companies.id, supplier.id));
    expect(await allRows()).not.toEqual(before);
    await close(handle);

    const restore = await cli("restore", file);
    expect(restore.stdout).toContain(`Restored ${file}`);

    handle = await open();
    try {
      expect(await allRows()).toEqual(before);
    } finally {
      await close(handle);
    }
    if (!postgresUrl) expect(readdirSync(work).some((name) => name.startsWith("pglite.before-restore-"))).toBe(true);
  }, 120_000);

  it("refuses a file that is not a backup of the configured kind, changing nothing", async () => {
    const file = path.join(work, "not-a-backup.json");
    writeFileSync(file, '{"format":"kakehashi-exchange/1"}');
    const failure = await cli("restore", file).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toMatch(postgresUrl ? /is not a PostgreSQL backup/ : /is not an embedded-database backup/);
  }, 60_000);
});
