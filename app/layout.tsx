import type { Metadata } from "next";
// Noto Sans SC ships with the app (woff2 split by unicode range, served by Next.js), so Chinese
// renders properly on machines without CJK fonts and nothing is downloaded from a font CDN.
import "@fontsource-variable/noto-sans-sc";
import { getLocale } from "next-intl/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Yardstick", template: "%s · Yardstick" },
  description: "Government targets against reported results",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The page's language follows the reader's choice (screen readers, hyphenation, CJK line breaking).
  return (
    <html lang={await getLocale()}>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">{children}</body>
    </html>
  );
}
