import type { Instrumentation } from "next";

// Both hooks run their work in the Node.js runtime only, behind a check of NEXT_RUNTIME (Next's
// own, inlined at build time) wrapping a dynamic import: the edge bundle then drops the imports,
// instead of compiling the logger, the database and the workers for a runtime that cannot run them.

/**
 * Logs every unexpected server error once, under the digest that the error page shows the user as
 * its reference, so that a support request can be traced to the log line.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const err = error as Error & { digest?: string };
    const { requestLogger } = await import("@/lib/log");
    requestLogger(err.digest, { method: request.method, path: request.path, route: context.routePath, routeType: context.routeType }).error(
      { err },
      err.message,
    );
  }
};

/** Configuration, the embedded database, shutdown and the background jobs: see lib/ops/boot.ts. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServer } = await import("@/lib/ops/boot");
    await startServer();
  }
}
