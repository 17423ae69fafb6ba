// The stamp over real HTTP: a Node server (as `next start` and the standalone server create one)
// answers with the address the rate limits would count, whatever headers the client forges.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER } from "@/lib/client-ip";
import { resetConfig } from "@/lib/config";
import { installClientIpStamp } from "./client-ip-stamp";

function get(port: number, localAddress: string, headers: Record<string, string> = {}, path = "/"): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path, localAddress, headers }, (response) => {
        let body = "";
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve(body));
      })
      .on("error", reject);
  });
}

// Each case also sets a HOSTNAME: a loopback one (case 1) makes Next forward every page to itself.
describe.each([0, 1])("the client-address stamp with TRUSTED_PROXY_COUNT=%i", (proxies) => {
  let server: http.Server;
  let port = 0;
  const previous = process.env.TRUSTED_PROXY_COUNT;
  const previousHostname = process.env.HOSTNAME;
  const loopbackHostname = proxies === 1;
  beforeAll(async () => {
    process.env.TRUSTED_PROXY_COUNT = String(proxies);
    process.env.HOSTNAME = loopbackHostname ? "127.0.0.1" : "0.0.0.0";
    // The stamp reads the parsed configuration, which is parsed once: parse it again.
    resetConfig();
    // Created before the stamp is installed, like Next's server before instrumentation runs.
    server = http.createServer((request, response) =>
      response.end(
        request.url === "/proto"
          ? String(request.headers["x-forwarded-proto"])
          : request.url === "/connection"
            ? String(request.headers.connection)
            : String(request.headers[CLIENT_IP_HEADER]),
      ),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
    installClientIpStamp();
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    if (previous === undefined) delete process.env.TRUSTED_PROXY_COUNT;
    else process.env.TRUSTED_PROXY_COUNT = previous;
    if (previousHostname === undefined) delete process.env.HOSTNAME;
    else process.env.HOSTNAME = previousHostname;
    resetConfig();
  });

  it("counts the socket's peer, or the address the trusted proxy appended", async () => {
    const forged = { "X-Forwarded-For": "6.6.6.6, 203.0.113.7", [CLIENT_IP_HEADER]: "1.2.3.4", "X-Real-IP": "5.5.5.5" };
    if (proxies === 0) {
      expect(await get(port, "127.0.0.2", forged)).toBe("127.0.0.2");
      expect(await get(port, "127.0.0.3")).toBe("127.0.0.3");
    } else {
      // 127.0.0.2 plays the proxy: it appended 203.0.113.7; the entries before are the client's words.
      expect(await get(port, "127.0.0.2", forged)).toBe("203.0.113.7");
      expect(await get(port, "127.0.0.2", { "X-Forwarded-For": "9.9.9.9, 203.0.113.7" })).toBe("203.0.113.7");
      expect(await get(port, "127.0.0.2")).toBe("127.0.0.2");
    }
  });

  it("drops X-Forwarded-Proto, which would make Next call itself over TLS (found by the fuzz test)", async () => {
    expect(await get(port, "127.0.0.2", { "X-Forwarded-Proto": "https" }, "/proto")).toBe("undefined");
  });

  it("asks for a fresh connection for each request Next forwards to itself, on a loopback HOSTNAME only (npm run fault:stall)", async () => {
    expect(await get(port, "127.0.0.2", { Connection: "keep-alive" }, "/connection")).toBe(loopbackHostname ? "close" : "keep-alive");
  });
});
