import Link from "next/link";
import { SignOutButton } from "@/components/sign-out-button";

// Chrome only: no auth decisions here (layouts do not re-render on navigation); pages check.
export default function AppLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <nav className="mx-auto flex max-w-6xl items-center justify-between px-4 py-3" aria-label="主导航 Main">
          <Link href="/" className="text-lg font-semibold tracking-tight">
            Yardstick
          </Link>
          <SignOutButton />
        </nav>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
    </div>
  );
}
