import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { listUsers } from "@/lib/users/queries";
import { CreateUserForm, UsersTable } from "./users-panel";

export const metadata: Metadata = { title: "用户 Users" };
export const dynamic = "force-dynamic";

export default async function AdminUsersPage() {
  const admin = await requirePageRole("admin");
  const users = await listUsers(getDb());
  return (
    <section aria-labelledby="users-heading" className="space-y-8">
      <div className="flex items-baseline justify-between">
        <h1 id="users-heading" className="text-xl font-semibold">
          用户 Users
        </h1>
        <Link href="/admin/api-tokens" className="text-sm text-sky-700 hover:underline">
          API 令牌 API tokens →
        </Link>
      </div>
      <UsersTable users={users} currentUserId={admin.id} />
      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="mb-3 font-medium">新用户 New user</h2>
        <CreateUserForm />
      </div>
    </section>
  );
}
