/**
 * What this process finishes before it exits: the workers' current job, then the database pool.
 * Hooks run in reverse order of registration (the pool, opened first, closes last). server.mjs
 * calls `globalThis.__kakehashiShutdown()` once the HTTP server has drained; the hooks live on
 * globalThis because server.mjs is plain Node and Next's bundle has its own module instances.
 */
type Hook = () => Promise<void> | void;

const store = globalThis as unknown as { __kakehashiShutdownHooks?: Hook[]; __kakehashiShutdown?: () => Promise<void> };

export function onShutdown(hook: Hook): void {
  (store.__kakehashiShutdownHooks ??= []).push(hook);
}

export async function runShutdownHooks(): Promise<void> {
  const hooks = store.__kakehashiShutdownHooks ?? [];
  store.__kakehashiShutdownHooks = [];
  for (const hook of hooks.reverse()) await hook();
}

/** Publishes runShutdownHooks where server.mjs finds it. */
export function installShutdown(): void {
  store.__kakehashiShutdown = runShutdownHooks;
}
