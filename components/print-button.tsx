"use client";

/** Opens the browser's print dialog; the print stylesheet (app/globals.css) lays the page out for A4. */
export function PrintButton({ label, className }: { label: string; className: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={className}>
      {label}
    </button>
  );
}
