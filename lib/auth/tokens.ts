// Single-use tokens sent by mail (verification, reset, invitation). The raw token only ever
// exists in the mail; the database keeps its SHA-256, so a database leak yields no usable link.
import { createHash, randomBytes } from "node:crypto";

export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
