"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ActionForm, inputClass } from "@/components/action-form";
import type { JurisdictionSummary } from "@/lib/jurisdictions/queries";
import type { Result } from "@/lib/result";
import { UPLOAD_ACCEPT } from "@/lib/uploads/formats";
import type { UploadSummary } from "@/lib/uploads/queries";

/**
 * The file goes to POST /api/v1/uploads (not a server action: see that route for why); its answer
 * is a Result like a server action's, so the form shows refusals the same way.
 */
export function UploadForm({ jurisdictions }: { jurisdictions: JurisdictionSummary[] }) {
  const t = useTranslations("uploads");
  const router = useRouter();

  async function uploadAction(_previous: Result<UploadSummary> | null, formData: FormData): Promise<Result<UploadSummary>> {
    const response = await fetch("/api/v1/uploads", { method: "POST", body: formData });
    const body = (await response.json().catch(() => null)) as unknown;
    if (response.ok) {
      router.refresh();
      return { ok: true, value: body as UploadSummary };
    }
    const refusal = (body ?? {}) as { error?: string; fieldErrors?: Record<string, string[]> };
    const status = response.status === 401 || response.status === 403 || response.status === 409 ? response.status : 400;
    return { ok: false, status, error: refusal.error ?? t("failedRequest", { status: response.status }), fieldErrors: refusal.fieldErrors };
  }

  return (
    <ActionForm
      action={uploadAction}
      submitLabel={t("submit")}
      className="grid gap-3 sm:grid-cols-2"
      renderSuccess={(upload) => (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 sm:col-span-2">
          {t("accepted", { fileName: upload.fileName, id: upload.id })}
        </p>
      )}
    >
      <label className="text-sm">
        {t("file")}
        <input name="file" type="file" required accept={UPLOAD_ACCEPT} className={`mt-1 block w-full ${inputClass}`} />
        <span className="mt-1 block text-xs text-slate-500">{t("fileHint")}</span>
      </label>
      <label className="text-sm">
        {t("jurisdiction")}
        <select name="jurisdictionId" required className={`mt-1 block w-full ${inputClass}`}>
          {jurisdictions.map((jurisdiction) => (
            <option key={jurisdiction.id} value={jurisdiction.id}>
              {jurisdiction.name} ({jurisdiction.code})
            </option>
          ))}
        </select>
      </label>
    </ActionForm>
  );
}
