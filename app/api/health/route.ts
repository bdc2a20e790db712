// Liveness for a process supervisor or load balancer: the process is up and serving requests. It
// touches nothing else, so a database outage never gets the process restarted (see /api/ready).
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ status: "ok", uptimeSeconds: Math.round(process.uptime()) }, { headers: { "Cache-Control": "no-store" } });
}
