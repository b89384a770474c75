"use server";

import type { ActionState } from "@/lib/auth/run-mutation";
import { runCorrection } from "@/lib/corrections/action";
import { linkOutcome, unlinkOutcome } from "@/lib/links/mutations";
import { judgeTarget, markTargetNotReported, type CorrectedTarget } from "@/lib/targets/mutations";

// The decisions the review queue offers in place (the target page offers them too). Thin adapters
// for useActionState: the mutation checks the role (editor), validates, claims the version and audits.

export async function judgeTargetAction(_previous: ActionState<CorrectedTarget>, formData: FormData) {
  return runCorrection(judgeTarget, Object.fromEntries(formData));
}

export async function linkOutcomeAction(_previous: ActionState<CorrectedTarget>, formData: FormData) {
  return runCorrection(linkOutcome, Object.fromEntries(formData));
}

export async function unlinkOutcomeAction(_previous: ActionState<CorrectedTarget>, formData: FormData) {
  return runCorrection(unlinkOutcome, Object.fromEntries(formData));
}

export async function markTargetNotReportedAction(_previous: ActionState<CorrectedTarget>, formData: FormData) {
  return runCorrection(markTargetNotReported, Object.fromEntries(formData));
}
