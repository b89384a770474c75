"use client";

import type { ApiTokenSummary } from "@/lib/api-tokens/queries";
import { ActionForm, inputClass, OneTimeSecret } from "@/components/action-form";
import { createApiTokenAction, revokeApiTokenAction } from "../actions";
import { AdminTable, RoleSelect } from "../admin-table";

export function CreateApiTokenForm() {
  return (
    <ActionForm
      action={createApiTokenAction}
      submitLabel="创建 Create token"
      renderSuccess={({ summary, token }) => <OneTimeSecret label={`令牌 Token “${summary.name}”`} secret={token} />}
    >
      <input name="name" required placeholder="名称 Name" aria-label="名称 Name" className={inputClass} />
      <RoleSelect defaultValue="viewer" />
      <input
        name="expiresInDays"
        type="number"
        min={1}
        max={3650}
        placeholder="有效天数 Days (blank: no expiry)"
        aria-label="有效天数 Expires in days"
        className={`w-56 ${inputClass}`}
      />
    </ActionForm>
  );
}

function formatDate(iso: string | null): string {
  return iso ? iso.slice(0, 16).replace("T", " ") : "—";
}

export function ApiTokensTable({ tokens }: { tokens: ApiTokenSummary[] }) {
  if (tokens.length === 0) return <p className="text-sm text-slate-600">还没有令牌。 No tokens yet.</p>;
  return (
    <AdminTable
      caption="API 令牌 API tokens"
      columns={["名称 Name", "角色 Role", "创建者 Created by", "最近使用 Last used (UTC)", "到期 Expires (UTC)", "状态 Status"]}
    >
      {tokens.map((token) => (
        <tr key={token.id} data-testid="token-row">
          <td className="px-4 py-2">{token.name}</td>
          <td className="px-4 py-2">{token.role}</td>
          <td className="px-4 py-2">{token.createdBy}</td>
          <td className="px-4 py-2 tabular-nums">{formatDate(token.lastUsedAt)}</td>
          <td className="px-4 py-2 tabular-nums">{formatDate(token.expiresAt)}</td>
          <td className="px-4 py-2">
            {token.revokedAt ? (
              `已撤销 revoked ${formatDate(token.revokedAt)}`
            ) : (
              <ActionForm action={revokeApiTokenAction} submitLabel="撤销 Revoke">
                <input type="hidden" name="tokenId" value={token.id} />
              </ActionForm>
            )}
          </td>
        </tr>
      ))}
    </AdminTable>
  );
}
