"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db";
import { readRequestIp } from "@/lib/auth/request-context";
import { getCurrentUser } from "@/lib/auth/session";
import { createJurisdiction } from "@/lib/jurisdictions/mutations";
import type { JurisdictionSummary } from "@/lib/jurisdictions/queries";
import type { Result } from "@/lib/result";

// The file itself goes to POST /api/v1/uploads (see there why not a server action); this is the
// admin's jurisdiction form. The mutation checks the role, validates and audits.

export async function createJurisdictionAction(_previous: Result<JurisdictionSummary> | null, formData: FormData) {
  const result = await createJurisdiction(getDb(), await getCurrentUser(), Object.fromEntries(formData), { ip: await readRequestIp() });
  if (result.ok) revalidatePath("/uploads");
  return result;
}
