import type { DocumentSummary } from "@/lib/documents/queries";

const KIND_LABELS: Record<string, string> = {
  government_work_report: "政府工作报告",
  plan_report: "计划报告",
  budget_report: "预算报告",
};

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

export function DocumentTable({ documents }: { documents: DocumentSummary[] }) {
  if (documents.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
        还没有文档。 No documents have been ingested yet.
      </p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">已收录的文档 Ingested documents</caption>
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className="whitespace-nowrap px-4 py-2 font-medium">文件 File</th>
            <th scope="col" className="whitespace-nowrap px-4 py-2 font-medium">类型 Kind</th>
            <th scope="col" className="whitespace-nowrap px-4 py-2 font-medium">地区 Jurisdiction</th>
            <th scope="col" className="whitespace-nowrap px-4 py-2 text-right font-medium">大小 Size</th>
            <th scope="col" className="whitespace-nowrap px-4 py-2 font-medium">SHA-256</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {documents.map((document) => (
            <tr key={document.id} data-testid="document-row">
              <td className="px-4 py-2">
                <div className="font-mono text-xs">{document.fileName}</div>
                {document.source && <div className="mt-0.5 text-xs text-slate-500">{document.source}</div>}
              </td>
              <td className="px-4 py-2">
                {document.kinds.length ? document.kinds.map((kind) => KIND_LABELS[kind] ?? kind).join("、") : "—"}
              </td>
              <td className="px-4 py-2">{document.jurisdiction}</td>
              <td className="whitespace-nowrap px-4 py-2 text-right tabular-nums">{formatSize(document.byteSize)}</td>
              <td className="px-4 py-2 font-mono text-xs" title={document.sha256}>
                {document.sha256.slice(0, 12)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
