import type { Verdict } from "@/lib/verdict/methodology";

// One palette for chips, charts and the XLSX export's verdict cells. Colour is never the only
// signal: chips and cells carry the verdict's word and charts sit next to a table of the same
// numbers. Text colours pass WCAG AA on their fills.
//   chip  — the chip's Tailwind classes (written out whole so Tailwind finds them);
//   cell  — the same light fill and dark text as hex, for a spreadsheet cell (the pending chip is
//           white on the page, where its ring shows it; a sheet has no ring, so slate-50 there);
//   chart — the bar colour.
export const VERDICT_STYLES: Record<Verdict, { chip: string; cell: { fill: string; text: string }; chart: string }> = {
  met: { chip: "bg-emerald-100 text-emerald-900 ring-emerald-700/30", cell: { fill: "#d1fae5", text: "#064e3b" }, chart: "#059669" },
  partly_met: { chip: "bg-lime-100 text-lime-900 ring-lime-700/30", cell: { fill: "#ecfccb", text: "#365314" }, chart: "#84cc16" },
  missed: { chip: "bg-red-100 text-red-900 ring-red-700/30", cell: { fill: "#fee2e2", text: "#7f1d1d" }, chart: "#dc2626" },
  needs_review: { chip: "bg-amber-100 text-amber-900 ring-amber-700/30", cell: { fill: "#fef3c7", text: "#78350f" }, chart: "#f59e0b" },
  not_reported: { chip: "bg-slate-200 text-slate-800 ring-slate-600/30", cell: { fill: "#e2e8f0", text: "#1e293b" }, chart: "#64748b" },
  pending: { chip: "bg-white text-slate-700 ring-slate-400", cell: { fill: "#f8fafc", text: "#334155" }, chart: "#cbd5e1" },
};
