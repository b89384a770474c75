import type { Verdict } from "@/lib/verdict/methodology";

// One palette for chips and charts. Colour is never the only signal: chips carry the verdict's
// word and charts sit next to a table of the same numbers. Text colours pass WCAG AA on their fills.
export const VERDICT_STYLES: Record<Verdict, { chip: string; fill: string }> = {
  met: { chip: "bg-emerald-100 text-emerald-900 ring-emerald-700/30", fill: "#059669" },
  partly_met: { chip: "bg-lime-100 text-lime-900 ring-lime-700/30", fill: "#84cc16" },
  missed: { chip: "bg-red-100 text-red-900 ring-red-700/30", fill: "#dc2626" },
  needs_review: { chip: "bg-amber-100 text-amber-900 ring-amber-700/30", fill: "#f59e0b" },
  not_reported: { chip: "bg-slate-200 text-slate-800 ring-slate-600/30", fill: "#64748b" },
  pending: { chip: "bg-white text-slate-700 ring-slate-400", fill: "#cbd5e1" },
};
