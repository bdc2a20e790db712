// Readiness: 200 when the database answers within a second and no queue is stuck, 503 otherwise,
// with the queues' depths and oldest job ages either way. Public (no session), like /api/health.
import { requestLogger } from "@/lib/log";
import { readiness } from "@/lib/ops/readiness";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const result = await readiness();
  if (!result.ready) requestLogger(undefined, { route: "/api/ready" }).warn({ readiness: result }, "not ready");
  return Response.json(
    { status: result.ready ? "ready" : "unavailable", ...result },
    { status: result.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
