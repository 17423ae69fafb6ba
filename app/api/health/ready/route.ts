// Readiness for a load balancer: 200 with the database's state, 503 when it cannot serve.
import { readiness } from "@/lib/ops/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const state = await readiness();
  return Response.json(state, { status: state.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
