import { getDb } from "@/db/client";
import { preflight } from "@/lib/api/http";
import { handleEventCsv } from "@/lib/events/api";

export async function GET(request: Request) {
  return handleEventCsv(await getDb(), request);
}

export function OPTIONS() {
  return preflight();
}
