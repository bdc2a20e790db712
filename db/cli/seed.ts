// `npm run db:seed`: migrates, then adds the demo data (idempotent).
import { loadEnvOrExit } from "../../lib/env";
import { closeDb, getDbHandle } from "../client";
import { seedDemo } from "../seed";

loadEnvOrExit();
const handle = await getDbHandle();
await handle.migrate();
const { created } = await seedDemo();
console.log(created.length ? `Seeded: ${created.join(", ")}` : "Demo data already present.");
await closeDb();
