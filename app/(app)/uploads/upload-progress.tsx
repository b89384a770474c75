"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { UploadSummary } from "@/lib/uploads/queries";

const POLL_MS = 1000;

type Props = Pick<UploadSummary, "id" | "status" | "progress">;

/**
 * The status and a bar that follows the worker: while the upload is queued or processing it asks
 * GET /api/v1/uploads/[id] every second, and once it is done or failed refreshes the page so the
 * server renders the link to the document or the reason.
 */
export function UploadProgress({ id, status, progress }: Props) {
  const t = useTranslations("uploads");
  const router = useRouter();
  const [state, setState] = useState({ status, progress });
  const active = state.status === "queued" || state.status === "processing";

  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    const timer = setInterval(async () => {
      const response = await fetch(`/api/v1/uploads/${id}`, { cache: "no-store" }).catch(() => null);
      if (cancelled || !response?.ok) return;
      const upload = (await response.json()) as UploadSummary;
      setState({ status: upload.status, progress: upload.progress });
      if (upload.status === "done" || upload.status === "failed") router.refresh();
    }, POLL_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [active, id, router]);

  const barColour = state.status === "failed" ? "bg-red-500" : state.status === "done" ? "bg-emerald-600" : "bg-sky-600";
  return (
    <div>
      <span data-testid="upload-status" data-status={state.status} className="text-xs font-medium">
        {t(`status.${state.status}`)}
      </span>
      <div
        role="progressbar"
        aria-label={t("progress", { id })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={state.progress}
        className="mt-1 h-2 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className={`h-full ${barColour} transition-all`} style={{ width: `${state.progress}%` }} />
      </div>
    </div>
  );
}
