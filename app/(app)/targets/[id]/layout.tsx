import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { findByRawId } from "@/lib/scorecard/params";
import { getTargetDetail } from "@/lib/scorecard/target";

// A malformed or unknown id is a real 404, answered before the page's loading boundary streams;
// the lookup is cached per request and reused by the page.
export default async function TargetLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  await requireUser();
  if (!(await findByRawId((await params).id, (id) => getTargetDetail(getDb(), id)))) notFound();
  return children;
}
