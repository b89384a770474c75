import type { Metadata } from "next";
import Link from "next/link";
import { listApiTokens } from "@/lib/api-tokens/queries";
import { requirePageRole } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { ApiTokensTable, CreateApiTokenForm } from "./tokens-panel";

export const metadata: Metadata = { title: "API 令牌 API tokens" };
export const dynamic = "force-dynamic";

export default async function AdminApiTokensPage() {
  await requirePageRole("admin");
  const tokens = await listApiTokens(getDb());
  return (
    <section aria-labelledby="tokens-heading" className="space-y-8">
      <div className="flex items-baseline justify-between">
        <h1 id="tokens-heading" className="text-xl font-semibold">
          API 令牌 API tokens
        </h1>
        <Link href="/admin" className="text-sm text-sky-700 hover:underline">
          ← 用户 Users
        </Link>
      </div>
      <p className="text-sm text-slate-600">
        请求 /api/v1 时发送 <code>Authorization: Bearer &lt;token&gt;</code> · Send it as a bearer token to /api/v1; it acts with
        its role for the admin who created it.
      </p>
      <ApiTokensTable tokens={tokens} />
      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="mb-3 font-medium">新令牌 New token</h2>
        <CreateApiTokenForm />
      </div>
    </section>
  );
}
