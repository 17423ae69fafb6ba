import { describe, expect, it } from "vitest";
import { hashesInFlight, hashPassword, PASSWORD_HASHES_AT_ONCE, verifyPassword } from "./password";

describe("password hashing", () => {
  it("verifies the password it hashed, and no other", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$/);
    await expect(verifyPassword("correct horse battery staple", stored)).resolves.toBe(true);
    await expect(verifyPassword("correct horse battery stapler", stored)).resolves.toBe(false);
    await expect(verifyPassword("anything", "not-a-hash")).resolves.toBe(false);
  }, 60_000);

  it("runs a burst of hashes a few at a time (each holds 128 MiB), and answers every one", async () => {
    let mostAtOnce = 0;
    const timer = setInterval(() => {
      mostAtOnce = Math.max(mostAtOnce, hashesInFlight());
    }, 2);
    const hashes = await Promise.all(Array.from({ length: 6 }, (_, i) => hashPassword(`password number ${i}`)));
    clearInterval(timer);
    expect(new Set(hashes).size).toBe(6);
    expect(mostAtOnce).toBe(PASSWORD_HASHES_AT_ONCE);
    expect(hashesInFlight()).toBe(0);
    await expect(verifyPassword("password number 3", hashes[3]!)).resolves.toBe(true);
  }, 60_000);
});
