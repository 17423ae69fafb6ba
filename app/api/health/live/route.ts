// Liveness: 200 while the process runs and serves HTTP. No database work, nothing cached.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
