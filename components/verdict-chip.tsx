import type { Verdict } from "@/lib/verdict/methodology";
import { VERDICT_STYLES } from "@/lib/scorecard/verdict-style";

export function VerdictChip({ verdict, label, count }: { verdict: Verdict; label: string; count?: number }) {
  return (
    <span
      data-verdict={verdict}
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${VERDICT_STYLES[verdict].chip}`}
    >
      {label}
      {count !== undefined && <span className="tabular-nums">{count}</span>}
    </span>
  );
}
