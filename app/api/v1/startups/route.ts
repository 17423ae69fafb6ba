import { getDb } from "@/db/client";
import { handleStartupList } from "@/lib/api/handlers";
import { preflight } from "@/lib/api/http";

export async function GET(request: Request) {
  return handleStartupList(await getDb(), request);
}

export function OPTIONS() {
  return preflight();
}
