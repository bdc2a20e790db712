// `npm run db:migrate`: applies the committed migrations to the configured database.
import { loadEnvOrExit } from "../../lib/env";
import { closeDb, getDbHandle } from "../client";

loadEnvOrExit();
const handle = await getDbHandle();
await handle.migrate();
console.log(`Migrations applied (${handle.kind}).`);
await closeDb();
