import type { Metadata } from "next";
import { DocumentTable } from "@/components/document-table";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { listDocuments } from "@/lib/documents/queries";

export const metadata: Metadata = { title: "文档 Documents" };
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const user = await requireUser();
  const documents = await listDocuments(getDb());
  return (
    <section aria-labelledby="documents-heading">
      <div className="mb-4 flex items-baseline justify-between">
        <h1 id="documents-heading" className="text-xl font-semibold">
          文档 Documents
        </h1>
        <p className="text-sm text-slate-600">
          {user.name} · {user.role}
        </p>
      </div>
      <DocumentTable documents={documents} />
    </section>
  );
}
