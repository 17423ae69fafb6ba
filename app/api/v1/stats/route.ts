import { getDb } from "@/db/client";
import { handleStats } from "@/lib/api/handlers";
import { preflight } from "@/lib/api/http";

export async function GET(request: Request) {
  return handleStats(await getDb(), request);
}

export function OPTIONS() {
  return preflight();
}
