// `npm run db:migrate`: applies the committed migrations to the configured database.
import { closeDb, getDbHandle } from "../client";

const handle = await getDbHandle();
await handle.migrate();
console.log(`Migrations applied (${handle.kind}).`);
await closeDb();
