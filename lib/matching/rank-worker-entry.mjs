// Starts rank-worker.ts in a worker thread through tsx, as every command of this project runs its
// TypeScript: whatever started the main thread (tsx, Vitest) passes no loader on to a worker.
import { tsImport } from "tsx/esm/api";

await tsImport("./rank-worker.ts", import.meta.url);
