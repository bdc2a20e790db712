// Runs before `npm run dev` and `npm start`: applies migrations, and seeds an empty database
// (unless --no-seed), so that a fresh clone starts with demo data.
import { count } from "drizzle-orm";
import { loadEnvOrExit } from "../../lib/env";
import { closeDb, getDbHandle } from "../client";
import { users } from "../schema";
import { ensureSearchIndex } from "@/lib/search/index";
import { seedDemo } from "../seed";

loadEnvOrExit();
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
