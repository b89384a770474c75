"use client";

import type { ReactNode } from "react";
import { ActionForm, inputClass, type FormAction } from "@/components/action-form";

/**
 * A correction: the ids and the version the editor saw travel as hidden fields, the reason is
 * required. A 409 (someone changed it meanwhile) shows, per field, theirs against yours.
 */
export function CorrectionForm<T>({
  action,
  hidden,
  submitLabel,
  reasonLabel,
  children,
  testId,
}: {
  action: FormAction<T>;
  hidden: Record<string, string | number>;
  submitLabel: string;
  reasonLabel: string;
  children?: ReactNode;
  testId?: string;
}) {
  return (
    <div data-testid={testId}>
      <ActionForm action={action} submitLabel={submitLabel} className="flex flex-wrap items-end gap-2">
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={String(value)} />
        ))}
        {children}
        <label className="basis-full text-sm">
          {reasonLabel}
          <textarea name="reason" required maxLength={2000} rows={2} className={`mt-1 block w-full ${inputClass}`} />
        </label>
      </ActionForm>
    </div>
  );
}
