import { CORS_HEADERS, preflight } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";

export function GET() {
  return new Response(JSON.stringify(openApiDocument, null, 2), {
    headers: { ...CORS_HEADERS, "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}

export function OPTIONS() {
  return preflight();
}
