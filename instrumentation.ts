import type { Instrumentation } from "next";

/**
 * Logs every unexpected server error once, under the digest that the error page shows the user as
 * its reference, so that a support request can be traced to the log line.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const err = error as Error & { digest?: string };
  console.error(
    JSON.stringify({
      level: "error",
      requestId: err.digest,
      message: err.message,
      stack: err.stack,
      method: request.method,
      path: request.path,
      route: context.routePath,
      routeType: context.routeType,
    }),
  );
};
