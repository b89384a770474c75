"use client";

export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-6 text-red-900">
      <h1 className="font-semibold">出错了 · Something went wrong</h1>
      <p className="mt-1 text-sm">{error.digest ? `Reference ${error.digest}` : "Please try again."}</p>
      <button type="button" onClick={reset} className="mt-3 rounded-md bg-red-700 px-3 py-1.5 text-sm text-white">
        重试 Retry
      </button>
    </div>
  );
}
