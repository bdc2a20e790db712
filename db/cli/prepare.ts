// Runs before `npm run dev` and `npm start`: applies migrations, and seeds an empty database
// (unless --no-seed), so that a fresh clone starts with demo data. On the embedded database it
// refuses to go on while another app (or a command) has the data folder: a second `npm run dev`
// stops here with the holder's name instead of starting a second server on the same folder.
import path from "node:path";
import { count } from "drizzle-orm";
import { loadEnvOrExit } from "../../lib/env";
import { closeDb, getDbHandle } from "../client";
import { busyMessage, readLock } from "../embedded/lock.mjs";
import { users } from "../schema";
import { ensureSearchIndex } from "@/lib/search/index";
import { seedDemo } from "../seed";

const config = loadEnvOrExit();
if (!config.DATABASE_URL) {
  const holder = readLock(path.resolve(config.PGLITE_DIR));
  if (holder && !(holder.mode === "server" && holder.state === "stopping")) {
    console.error(busyMessage(config.PGLITE_DIR, holder));
    process.exit(1);
  }
}
const handle = await getDbHandle();
await handle.migrate();
if (!process.argv.includes("--no-seed")) {
  const [row] = await handle.db.select({ n: count() }).from(users);
  if (!row?.n) {
    const { created } = await seedDemo();
    console.log(`Empty database seeded with demo accounts: ${created.join(", ")}`);
  }
}
// A database migrated from before the search table existed gets its search rows once.
await ensureSearchIndex(handle.db);
await closeDb();
