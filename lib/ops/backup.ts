/**
 * Backups of the configured database to one file, and back: pg_dump's custom format for
 * PostgreSQL (restored with pg_restore into the same or another database), and for the embedded
 * PGlite database a gzipped tarball of its data folder (PGlite's dumpDataDir). The embedded
 * database can be opened by one process only, so back it up or restore it while the app is stopped:
 * both take the data folder's lock (db/embedded/lock.mjs) and refuse, naming the holder, while the
 * app or another command has it.
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { EmbeddedBusyError, acquireLock } from "../../db/embedded/lock.mjs";

const run = promisify(execFile);

export type BackupTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dir: string };

export class BackupError extends Error {}

async function magic(file: string): Promise<"pg_dump" | "gzip" | "other"> {
  const handle = await open(file, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(5), 0, 5, 0);
    if (bytesRead === 5 && buffer.toString("latin1") === "PGDMP") return "pg_dump";
    return buffer[0] === 0x1f && buffer[1] === 0x8b ? "gzip" : "other";
  } finally {
    await handle.close();
  }
}

async function tool(name: string, args: string[]): Promise<void> {
  try {
    await run(name, args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const e = error as { code?: string; stderr?: string; message: string };
    if (e.code === "ENOENT") throw new BackupError(`${name} is not installed (Debian: apt-get install postgresql-client).`);
    throw new BackupError(`${name} failed: ${(e.stderr || e.message).trim()}`);
  }
}

export async function backupDatabase(target: BackupTarget, file: string): Promise<void> {
  if (target.kind === "postgres") {
    await tool("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${target.url}`]);
    return;
  }
  if (!existsSync(target.dir)) throw new BackupError(`There is no embedded database in ${target.dir}.`);
  const lock = lockFolder(target.dir);
  try {
    const db = await PGlite.create(target.dir, { extensions: { pg_trgm } });
    try {
      const dump = await db.dumpDataDir("gzip");
      writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    } finally {
      await db.close();
    }
  } finally {
    lock.release();
  }
}

function lockFolder(dir: string) {
  try {
    return acquireLock(dir, { mode: "direct" });
  } catch (error) {
    if (error instanceof EmbeddedBusyError) throw new BackupError(error.message);
    throw error;
  }
}

/**
 * Replaces the configured database's content with the backup's. PostgreSQL: every object in the
 * backup is dropped and recreated in one transaction (a failure changes nothing). PGlite: the
 * backup becomes a new data folder and the old one is kept beside it as `<dir>.before-restore-<time>`.
 */
export async function restoreDatabase(target: BackupTarget, file: string): Promise<{ keptAs?: string }> {
  if (!existsSync(file)) throw new BackupError(`${file} does not exist.`);
  const format = await magic(file);
  if (target.kind === "postgres") {
    if (format !== "pg_dump") throw new BackupError(`${file} is not a PostgreSQL backup (pg_dump custom format); DATABASE_URL names a PostgreSQL database.`);
    await tool("pg_restore", [
      "--clean",
      "--if-exists",
      "--no-owner",
      "--no-privileges",
      "--single-transaction",
      "--exit-on-error",
      `--dbname=${target.url}`,
      file,
    ]);
    return {};
  }
  if (format !== "gzip") throw new BackupError(`${file} is not an embedded-database backup; set DATABASE_URL to restore a PostgreSQL one.`);
  const lock = lockFolder(target.dir);
  try {
    return await restoreFolder(target.dir, file);
  } finally {
    lock.release();
  }
}

async function restoreFolder(dir: string, file: string): Promise<{ keptAs?: string }> {
  const target = { dir };
  const staging = `${target.dir}.restoring`;
  rmSync(staging, { recursive: true, force: true });
  const db = await PGlite.create(staging, { extensions: { pg_trgm }, loadDataDir: new Blob([readFileSync(file)]) });
  await db.query("select 1"); // proves the folder opens before the old one is moved aside
  await db.close();
  let keptAs: string | undefined;
  if (existsSync(target.dir)) {
    keptAs = `${target.dir}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    renameSync(target.dir, keptAs);
  }
  renameSync(staging, target.dir);
  return { keptAs: keptAs && path.relative(process.cwd(), keptAs) };
}
