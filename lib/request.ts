import "server-only";
import { headers } from "next/headers";
import { clientIpOf } from "./client-ip";

/** The client's address for rate limits (see lib/client-ip.ts). */
export async function requestIp(): Promise<string> {
  const store = await headers();
  return clientIpOf((name) => store.get(name));
}
