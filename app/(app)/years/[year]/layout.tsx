import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { parseYear } from "@/lib/scorecard/params";
import { findYearSources, isKnownYear } from "@/lib/scorecard/year";

// Answers 404 for a malformed or unknown year here, outside the pages' loading boundaries, so the
// status is a real 404 rather than a not-found body streamed after a 200. The query is cached per
// request. A year known elsewhere but not in the chosen jurisdiction is the page's 404 (a layout
// cannot read the search parameters). The session is checked first so nothing is looked up for strangers.
export default async function YearLayout({ children, params }: { children: React.ReactNode; params: Promise<{ year: string }> }) {
  await requireUser();
  const year = parseYear((await params).year);
  if (year === null || !isKnownYear(await findYearSources(getDb(), year, null))) notFound();
  return children;
}
