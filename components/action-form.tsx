"use client";

import { useActionState, type ReactNode } from "react";
import type { Result } from "@/lib/result";

/** A server action as useActionState takes it. */
export type FormAction<T> = (previous: Result<T> | null, formData: FormData) => Promise<Result<T>>;

/** A form bound to a server action that shows its refusal, or what it made (once), beside it. */
export function ActionForm<T>({
  action,
  submitLabel,
  children,
  renderSuccess,
  className = "flex flex-wrap items-center gap-2",
}: {
  action: FormAction<T>;
  submitLabel: string;
  children?: ReactNode;
  renderSuccess?: (value: T) => ReactNode;
  className?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className={className}>
      {children}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm hover:bg-slate-100 focus:outline-none focus:ring-2 focus:ring-sky-600/40 disabled:opacity-60"
      >
        {submitLabel}
      </button>
      {state && !state.ok && (
        <p role="alert" className="basis-full rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.error}
          {Object.entries(state.fieldErrors ?? {}).map(([field, messages]) => (
            <span key={field} className="block">
              {field}: {messages.join(" ")}
            </span>
          ))}
        </p>
      )}
      {state?.ok && renderSuccess?.(state.value)}
    </form>
  );
}

/** A secret the server will never show again. */
export function OneTimeSecret({ label, secret }: { label: string; secret: string }) {
  return (
    <p role="status" className="basis-full rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
      {label}（只显示一次 · shown once）: <code data-testid="one-time-secret" className="select-all font-mono">{secret}</code>
    </p>
  );
}

export const inputClass =
  "rounded-md border border-slate-300 px-2 py-1 text-sm shadow-sm focus:border-sky-600 focus:outline-none focus:ring-2 focus:ring-sky-600/30";
