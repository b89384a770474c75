import bcrypt from "bcryptjs";
import { randomInt } from "node:crypto";
import { z } from "zod";

// Cost 12 keeps a login around a quarter second on a small server: slow for guessing, fine for people.
const COST = 12;
const MIN_PASSWORD_LENGTH = 12;
// bcrypt reads only the first 72 bytes; a longer password would silently share a hash with its prefix.
const MAX_PASSWORD_BYTES = 72;
// No 0/O, 1/l/I: generated passwords are read off a screen and typed by someone else.
const GENERATED_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { error: `至少 ${MIN_PASSWORD_LENGTH} 个字符 · At least ${MIN_PASSWORD_LENGTH} characters.` })
  .refine((password) => Buffer.byteLength(password, "utf8") <= MAX_PASSWORD_BYTES, {
    error: `最多 ${MAX_PASSWORD_BYTES} 字节 · At most ${MAX_PASSWORD_BYTES} bytes.`,
  });

/** The policy's second rule, which needs the account: the password must not be its email. */
export function isPasswordTheEmail(password: string, email: string): boolean {
  return password.trim().toLowerCase() === email.trim().toLowerCase();
}

/** Four groups of five from a 55-letter alphabet: about 115 bits, easy to read out. */
export function generatePassword(): string {
  const groups = Array.from({ length: 4 }, () =>
    Array.from({ length: 5 }, () => GENERATED_ALPHABET[randomInt(GENERATED_ALPHABET.length)]).join(""),
  );
  return groups.join("-");
}

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}
