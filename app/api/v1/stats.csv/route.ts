import { getDb } from "@/db/client";
import { handleStatsCsv } from "@/lib/api/handlers";
import { preflight } from "@/lib/api/http";

export async function GET(request: Request) {
  return handleStatsCsv(await getDb(), request);
}

export function OPTIONS() {
  return preflight();
}
