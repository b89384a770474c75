import bcrypt from "bcryptjs";

// Cost 12 keeps a login around a quarter second on a small server: slow for guessing, fine for people.
const COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}
