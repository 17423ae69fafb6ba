// Next names every loopback address "localhost" in the URLs its proxy sees (NextURL), but compares
// a rewrite's origin with the address the server listens on. With HOSTNAME=127.0.0.1 (or ::1) the
// two never match, so every page, all of them being rewrites of proxy.ts, is forwarded by the
// server to itself over a second HTTP request: slower, and under overload a bare "Internal Server
// Error" when that inner request fails. `localhost` binds the same loopback address without it.

const LOOPBACK_ADDRESS = /^(127(\.\d{1,3}){3}|\[?::1\]?)$/;

/** The start-up warning for a listening address that makes Next forward every page to itself, or null. */
export function selfForwardingWarning(hostname: string | undefined): string | null {
  const address = hostname?.trim();
  if (!address || !LOOPBACK_ADDRESS.test(address)) return null;
  return `HOSTNAME=${address}: Next transmet chaque page au serveur lui-même par une seconde requête HTTP (plus lent, et des erreurs 500 en surcharge). Pour n'écouter qu'en local, mettez HOSTNAME=localhost.`;
}
