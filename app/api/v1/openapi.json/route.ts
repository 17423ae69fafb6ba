import { handleOpenApi } from "@/lib/api/handlers";
import { preflight } from "@/lib/api/http";

export function GET(request: Request) {
  return handleOpenApi(request);
}

export function OPTIONS() {
  return preflight();
}
