// `npm run db:restore -- FILE`: replaces the configured database's content with a backup made by
// `npm run db:backup` (see lib/ops/backup.ts). Stop the app first when it uses the embedded database.
import path from "node:path";
import { BackupError, restoreDatabase } from "../../lib/ops/backup";
import { loadEnvOrExit } from "../../lib/env";

const config = loadEnvOrExit();
const file = process.argv[2];
if (!file || process.argv.length > 3) fail("Usage: npm run db:restore -- FILE");
const target = config.DATABASE_URL
  ? ({ kind: "postgres", url: config.DATABASE_URL } as const)
  : ({ kind: "pglite", dir: path.resolve(config.PGLITE_DIR) } as const);
try {
  const { keptAs } = await restoreDatabase(target, file);
  console.log(
    `Restored ${file} into the ${target.kind === "postgres" ? "PostgreSQL" : "embedded"} database.${keptAs ? ` The previous data folder is kept in ${keptAs}.` : ""}`,
  );
} catch (error) {
  fail(error instanceof BackupError ? error.message : String(error));
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
