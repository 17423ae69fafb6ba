import { getDb } from "@/db/client";
import { handleStartupCsv } from "@/lib/api/handlers";
import { preflight } from "@/lib/api/http";

export async function GET(request: Request) {
  return handleStartupCsv(await getDb(), request);
}

export function OPTIONS() {
  return preflight();
}
