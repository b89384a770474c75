import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { canAdminister } from "@/lib/auth/permissions";
import { requirePageRole } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { listJurisdictions } from "@/lib/jurisdictions/queries";
import { listRecentUploads, type UploadSummary } from "@/lib/uploads/queries";
import { JurisdictionForm } from "./jurisdiction-form";
import { UploadForm } from "./upload-form";
import { UploadProgress } from "./upload-progress";

export const metadata: Metadata = { title: "上传 Uploads" };
export const dynamic = "force-dynamic";

const CELL = "px-3 py-2 align-top";

export default async function UploadsPage() {
  const user = await requirePageRole("editor");
  const t = await getTranslations("uploads");
  const format = await getFormatter();
  const messages = await getMessages();
  const db = getDb();
  const [jurisdictions, uploads] = await Promise.all([listJurisdictions(db), listRecentUploads(db)]);

  return (
    <NextIntlClientProvider messages={{ uploads: messages.uploads }}>
      <section aria-labelledby="uploads-heading" className="space-y-8">
        <div>
          <h1 id="uploads-heading" className="text-xl font-semibold">{t("title")}</h1>
          <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("intro")}</p>
        </div>

        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="mb-3 font-medium">{t("formTitle")}</h2>
          <UploadForm jurisdictions={jurisdictions} />
        </div>

        <div>
          <h2 className="mb-3 font-medium">{t("recentTitle")}</h2>
          {uploads.length === 0 ? (
            <p className="text-sm text-slate-500">{t("empty")}</p>
          ) : (
            <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
              <table className="min-w-full divide-y divide-slate-200 text-sm">
                <thead className="bg-slate-50 text-left text-slate-600">
                  <tr>
                    <th scope="col" className={`${CELL} font-medium`}>{t("colFile")}</th>
                    <th scope="col" className={`${CELL} font-medium`}>{t("colJurisdiction")}</th>
                    <th scope="col" className={`${CELL} font-medium`}>{t("colUploadedBy")}</th>
                    <th scope="col" className={`${CELL} font-medium`}>{t("colCreatedAt")}</th>
                    <th scope="col" className={`${CELL} w-56 font-medium`}>{t("colStatus")}</th>
                    <th scope="col" className={`${CELL} font-medium`}>{t("colResult")}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {uploads.map((upload) => (
                    <UploadRow key={upload.id} upload={upload} createdAt={format.dateTime(new Date(upload.createdAt), { dateStyle: "short", timeStyle: "short" })} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>

        {canAdminister(user) && (
          <div className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 className="font-medium">{t("jurisdictionsTitle")}</h2>
            <p className="mb-3 text-sm text-slate-600">{t("jurisdictionsIntro")}</p>
            <ul className="mb-4 flex flex-wrap gap-2 text-sm">
              {jurisdictions.map((jurisdiction) => (
                <li key={jurisdiction.id} className="rounded-md bg-slate-100 px-2 py-1">
                  {jurisdiction.name} <code className="text-xs text-slate-500">{jurisdiction.code}</code>
                </li>
              ))}
            </ul>
            <JurisdictionForm />
          </div>
        )}
      </section>
    </NextIntlClientProvider>
  );
}

async function UploadRow({ upload, createdAt }: { upload: UploadSummary; createdAt: string }) {
  const t = await getTranslations("uploads");
  return (
    <tr data-testid="upload-row" data-upload-id={upload.id}>
      <td className={`${CELL} break-words`}>{upload.fileName}</td>
      <td className={CELL}>{upload.jurisdictionName}</td>
      <td className={CELL}>{upload.uploadedBy ?? "—"}</td>
      <td className={`${CELL} whitespace-nowrap`}>{createdAt}</td>
      <td className={CELL}>
        <UploadProgress id={upload.id} status={upload.status} progress={upload.progress} />
      </td>
      <td className={CELL}>
        {upload.status === "done" && upload.documentId !== null && (
          <Link href={`/documents/${upload.documentId}`} className="text-sky-800 underline underline-offset-2">
            {t("openDocument", { id: upload.documentId })}
          </Link>
        )}
        {upload.message && (
          <p className={upload.status === "failed" ? "text-red-800" : "text-slate-600"} data-testid="upload-message">
            {upload.message}
          </p>
        )}
      </td>
    </tr>
  );
}
