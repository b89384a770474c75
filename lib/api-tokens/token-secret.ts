import { createHash, randomBytes } from "node:crypto";

// "ys_" marks our tokens in logs and secret scanners; 32 random bytes need no slow hash, and a
// sha256 in the database is useless to whoever reads a backup.
const TOKEN_PREFIX = "ys_";

export function generateApiToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
