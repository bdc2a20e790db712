// `npm run match:recompute`: rescores every pair on the configured database (DATABASE_URL, or the
// embedded one) and prints how many pairs it stored and how long it took. On large data the
// scoring runs in worker threads (one per core, up to four).
import { closeDb, getDbHandle } from "@/db/client";
import { recomputeAll } from "@/lib/matching/recompute-all";

const handle = await getDbHandle();
await handle.migrate();
try {
  const result = await recomputeAll();
  console.log(
    `Recomputed matches for ${result.companies} companies: ${result.pairs} pairs stored in ${(result.ms / 1000).toFixed(1)} s (${(result.cpuMs / 1000).toFixed(1)} s CPU${result.workers ? `, scored in ${result.workers} worker threads` : ""})`,
  );
} finally {
  await closeDb();
}
