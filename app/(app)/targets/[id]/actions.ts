"use server";

import type { ActionState } from "@/lib/auth/run-mutation";
import { runCorrection, withChanges } from "@/lib/corrections/action";
import type { Corrected, State } from "@/lib/corrections/correct";
import { revertChange } from "@/lib/corrections/revert";
import { replaceOutcomeWithFinal, updateOutcome, type CorrectedOutcome } from "@/lib/outcomes/mutations";
import { updateTarget, type CorrectedTarget } from "@/lib/targets/mutations";

// Edits made on a target's page (its verdict and links use the review queue's actions). Thin
// adapters for useActionState over the mutations, which check the role, validate and audit.

export async function updateTargetAction(_previous: ActionState<CorrectedTarget>, formData: FormData) {
  return runCorrection(updateTarget, withChanges(formData, ["targetId", "version", "reason"]));
}

export async function updateOutcomeAction(_previous: ActionState<CorrectedOutcome>, formData: FormData) {
  return runCorrection(updateOutcome, withChanges(formData, ["outcomeId", "version", "reason"]));
}

export async function replaceOutcomeWithFinalAction(_previous: ActionState<CorrectedOutcome>, formData: FormData) {
  return runCorrection(replaceOutcomeWithFinal, Object.fromEntries(formData));
}

export async function revertChangeAction(_previous: ActionState<Corrected<State>>, formData: FormData) {
  return runCorrection(revertChange, Object.fromEntries(formData));
}
