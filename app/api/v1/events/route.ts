import { getDb } from "@/db/client";
import { preflight } from "@/lib/api/http";
import { handleEventList } from "@/lib/events/api";

export async function GET(request: Request) {
  return handleEventList(await getDb(), request);
}

export function OPTIONS() {
  return preflight();
}
