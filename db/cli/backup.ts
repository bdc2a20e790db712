// `npm run db:backup -- FILE`: writes the configured database to FILE (see lib/ops/backup.ts).
import path from "node:path";
import { BackupError, backupDatabase } from "../../lib/ops/backup";
import { loadEnvOrExit } from "../../lib/env";

const config = loadEnvOrExit();
const file = process.argv[2];
if (!file || process.argv.length > 3) fail("Usage: npm run db:backup -- FILE");
const target = config.DATABASE_URL
  ? ({ kind: "postgres", url: config.DATABASE_URL } as const)
  : ({ kind: "pglite", dir: path.resolve(config.PGLITE_DIR) } as const);
try {
  await backupDatabase(target, file);
  console.log(`Backed up the ${target.kind === "postgres" ? "PostgreSQL" : "embedded"} database to ${file}.`);
} catch (error) {
  fail(error instanceof BackupError ? error.message : String(error));
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
