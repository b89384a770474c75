import "server-only";
import type { Tx } from "@/lib/corrections/correct";
import { judge, type Judgement } from "@/lib/verdict/judge";

/**
 * Judges a stored target against the results linked to it now, with the methodology's judge():
 * after an editor changes a value, a link or a result, the machine's verdict follows at once
 * instead of waiting for the next re-linking.
 */
async function judgeStoredTarget(tx: Tx, targetId: number): Promise<Judgement> {
  const target = await tx.target.findUniqueOrThrow({
    where: { id: targetId },
    select: {
      indicator: true, measure: true, operator: true, value: true, unit: true, jurisdictionId: true, year: true,
      links: {
        orderBy: { id: "asc" },
        select: { outcome: { select: { indicator: true, measure: true, value: true, unit: true, quote: true, preliminary: true, cumulative: true } } },
      },
    },
  });
  const reviewAvailable = (await tx.report.count({ where: { jurisdictionId: target.jurisdictionId, reviewYear: target.year } })) > 0;
  const number = (value: { toNumber(): number } | null) => value?.toNumber() ?? null;
  return judge(
    { ...target, value: number(target.value), unit: target.unit || null },
    target.links.map(({ outcome }) => ({ ...outcome, value: number(outcome.value), unit: outcome.unit || null })),
    { reviewAvailable },
  );
}

/** Writes the machine's verdict on a target and its links, unless an editor decided the verdict. */
export async function rejudgeTarget(tx: Tx, targetId: number): Promise<void> {
  const { verdictOrigin } = await tx.target.findUniqueOrThrow({ where: { id: targetId }, select: { verdictOrigin: true } });
  if (verdictOrigin === "editor") return;
  const judgement = await judgeStoredTarget(tx, targetId);
  await tx.target.update({ where: { id: targetId }, data: { verdict: judgement.verdict, verdictWhy: judgement.why, conflict: judgement.conflict } });
  await tx.link.updateMany({ where: { targetId }, data: { verdict: judgement.verdict, why: judgement.why } });
}
