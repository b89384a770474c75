import { POLICY_AREAS } from "@/lib/policy-areas";

// Route parameters arrive as free text; anything malformed is a 404, never a database error.

const MAX_INT4 = 2_147_483_647;

/** A database id as written in a URL: digits only, within Postgres' int4. */
export function parseId(raw: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(raw)) return null;
  const id = Number(raw);
  return id <= MAX_INT4 ? id : null;
}

export function parseYear(raw: string): number | null {
  return /^(19|20)\d{2}$/.test(raw) ? Number(raw) : null;
}

const MAX_PAGE = 100_000;

/** A page number as written in a URL; anything else is the first page (a stale link still opens). */
export function parsePage(raw: string): number {
  if (!/^[1-9]\d{0,5}$/.test(raw)) return 1;
  return Math.min(Number(raw), MAX_PAGE);
}

export function findPolicyArea(code: string) {
  return POLICY_AREAS.find((area) => area.code === code) ?? null;
}

/** Looks a row up by the id as written in the URL; null for a malformed id, as for an unknown one. */
export async function findByRawId<T>(raw: string, find: (id: number) => Promise<T | null>): Promise<T | null> {
  const id = parseId(raw);
  return id === null ? null : find(id);
}
