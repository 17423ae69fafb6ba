import { handleTerritory } from "@/lib/api/handlers";
import { preflight } from "@/lib/api/http";

export function GET(request: Request) {
  return handleTerritory(request);
}

export function OPTIONS() {
  return preflight();
}
