"use server";

import type { ActionState } from "@/lib/auth/run-mutation";
import { runCorrection } from "@/lib/corrections/action";
import { createOutcomeFromSelection } from "@/lib/outcomes/mutations";
import { createTargetFromSelection } from "@/lib/targets/mutations";

// A target or result the extractor missed, created from text selected in the reader. The mutation
// checks the role (editor), that the quote is the stored text at the offsets, and audits.

export async function createTargetFromSelectionAction(_previous: ActionState<{ id: number }>, formData: FormData) {
  return runCorrection(createTargetFromSelection, Object.fromEntries(formData));
}

export async function createOutcomeFromSelectionAction(_previous: ActionState<{ id: number }>, formData: FormData) {
  return runCorrection(createOutcomeFromSelection, Object.fromEntries(formData));
}
