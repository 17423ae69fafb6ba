import "server-only";
import { headers } from "next/headers";

/** The client's IP for rate limits: behind a trusted reverse proxy, the first X-Forwarded-For entry. */
export async function requestIp(): Promise<string> {
  const store = await headers();
  return store.get("x-forwarded-for")?.split(",")[0]?.trim() || store.get("x-real-ip") || "unknown";
}
