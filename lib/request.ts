import "server-only";
import { headers } from "next/headers";
import { clientIpFrom } from "./client-ip";

/** The client's address for rate limits (see lib/client-ip.ts). */
export async function requestIp(): Promise<string> {
  const store = await headers();
  return clientIpFrom(store.get("x-forwarded-for"), store.get("x-real-ip"));
}
