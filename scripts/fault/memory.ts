// The soak test's memory bound (scripts/fault/soak.ts).

/**
 * The most RSS the end of a soak may have, from the RSS after its warm-up: the larger of +30 %
 * and +150 MB. Neither is a leak: a password hash (scrypt, 128 MiB, lib/auth/password.ts) can be
 * in flight or still held by the allocator when the load stops (+150 MB covers one, with slack;
 * several at once were seen to lift RSS to 970 MB during a run and fall back), and V8 lets its
 * heap grow by tens of per cent before collecting. A leak grows with the run: over the 5-minute
 * form it would cross either bound.
 */
export function memoryBound(warmMegabytes: number): number {
  return Math.round(Math.max(warmMegabytes * 1.3, warmMegabytes + 150));
}
