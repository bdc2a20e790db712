import "server-only";
import { sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";

/**
 * Runs the console's statements in one read transaction with JIT compilation off: their correlated
 * lookups make the planner's cost estimate cross jit_above_cost, and compiling then took longer
 * (3.2 s) than the query itself (0.37 s) on the benchmark data.
 */
export async function consoleRead<T>(work: (db: Executor) => Promise<T>): Promise<T> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    return work(tx);
  });
}
