// Password hashing with Node's built-in scrypt (memory-hard), OWASP parameters:
// N=2^17, r=8, p=1 (128 MiB). Stored as a self-describing string so parameters can evolve.
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from "node:crypto";
import pLimit from "p-limit";

const PARAMS = { N: 2 ** 17, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

/**
 * At most this many hashes run at once per process; the others wait their turn. Each one holds
 * 128 MiB and one of libuv's four threads (which file reads and DNS also need) for a few hundred
 * ms: a burst of sign-ins or sign-ups would otherwise hold 512 MiB and the whole thread pool, for
 * no gain in throughput, since a hash is pure CPU and the machine has two cores.
 */
export const PASSWORD_HASHES_AT_ONCE = 2;
const hashSlots = pLimit(PASSWORD_HASHES_AT_ONCE);

/** Hashes running now (for tests and monitoring). */
export function hashesInFlight(): number {
  return hashSlots.activeCount;
}

function scrypt(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return hashSlots(
    () =>
      new Promise<Buffer>((resolve, reject) => {
        scryptCallback(password.normalize("NFKC"), salt, KEY_LENGTH, { ...options, maxmem: 256 * 1024 * 1024 }, (error, key) =>
          error ? reject(error) : resolve(key),
        );
      }),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, PARAMS);
  return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString("base64")}$${key.toString("base64")}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, "base64");
  const actual = await scrypt(password, Buffer.from(salt, "base64"), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
