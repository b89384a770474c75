"use server";

import { runMutation, type ActionState } from "@/lib/auth/run-mutation";
import { createJurisdiction } from "@/lib/jurisdictions/mutations";
import type { JurisdictionSummary } from "@/lib/jurisdictions/queries";

// The file itself goes to POST /api/v1/uploads (see there why not a server action); this is the
// admin's jurisdiction form. The mutation checks the role, validates and audits.

export async function createJurisdictionAction(_previous: ActionState<JurisdictionSummary>, formData: FormData) {
  return runMutation(createJurisdiction, Object.fromEntries(formData), "/uploads");
}
