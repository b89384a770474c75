import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getDocumentDetail } from "@/lib/scorecard/document";
import { findByRawId } from "@/lib/scorecard/params";

// A malformed or unknown id is a real 404, answered before the page's loading boundary streams;
// the lookup is cached per request and reused by the page.
export default async function DocumentLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  await requireUser();
  if (!(await findByRawId((await params).id, (id) => getDocumentDetail(getDb(), id)))) notFound();
  return children;
}
