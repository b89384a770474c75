"use client";

import type { UserSummary } from "@/lib/users/queries";
import { ActionForm, inputClass, OneTimeSecret } from "@/components/action-form";
import { AdminTable, RoleSelect } from "./admin-table";
import {
  changeUserRoleAction,
  createUserAction,
  resetUserPasswordAction,
  setUserDisabledAction,
} from "./actions";

export function CreateUserForm() {
  return (
    <ActionForm
      action={createUserAction}
      submitLabel="创建 Create user"
      className="grid gap-3 sm:grid-cols-2"
      renderSuccess={({ user, password }) => <OneTimeSecret label={`${user.email} 的密码 · Password for ${user.email}`} secret={password} />}
    >
      <label className="text-sm">
        邮箱 Email
        <input name="email" type="email" required autoComplete="off" className={`mt-1 block w-full ${inputClass}`} />
      </label>
      <label className="text-sm">
        姓名 Name
        <input name="name" required autoComplete="off" className={`mt-1 block w-full ${inputClass}`} />
      </label>
      <label className="text-sm">
        角色 Role
        <span className="mt-1 block">
          <RoleSelect defaultValue="viewer" />
        </span>
      </label>
      <label className="text-sm">
        初始密码 Initial password <span className="text-slate-500">(空则生成 · blank generates one; 12+ characters)</span>
        <input name="password" type="text" autoComplete="new-password" className={`mt-1 block w-full ${inputClass}`} />
      </label>
    </ActionForm>
  );
}

/** One row per account; the signed-in admin's own row offers no way to lock themselves out. */
export function UsersTable({ users, currentUserId }: { users: UserSummary[]; currentUserId: number }) {
  return (
    <AdminTable caption="用户 Users" columns={["邮箱 Email", "角色 Role", "状态 Status", "密码 Password"]}>
      {users.map((user) => {
        const self = user.id === currentUserId;
        return (
          <tr key={user.id} data-testid="user-row" className={user.disabled ? "text-slate-400" : undefined}>
            <td className="px-4 py-2">
              <div>{user.email}</div>
              <div className="text-xs text-slate-500">{user.name}</div>
            </td>
            <td className="px-4 py-2">
              {self ? (
                user.role
              ) : (
                <ActionForm action={changeUserRoleAction} submitLabel="更改 Change">
                  <input type="hidden" name="userId" value={user.id} />
                  <RoleSelect defaultValue={user.role} />
                </ActionForm>
              )}
            </td>
            <td className="px-4 py-2">
              {self ? (
                "你自己 · you"
              ) : (
                <ActionForm action={setUserDisabledAction} submitLabel={user.disabled ? "启用 Enable" : "停用 Disable"}>
                  <input type="hidden" name="userId" value={user.id} />
                  <input type="hidden" name="disabled" value={String(!user.disabled)} />
                  {user.disabled ? "已停用 disabled" : "正常 active"}
                </ActionForm>
              )}
            </td>
            <td className="px-4 py-2">
              <ActionForm
                action={resetUserPasswordAction}
                submitLabel="重置 Reset password"
                renderSuccess={({ password }) => <OneTimeSecret label="新密码 New password" secret={password} />}
              >
                <input type="hidden" name="userId" value={user.id} />
              </ActionForm>
            </td>
          </tr>
        );
      })}
    </AdminTable>
  );
}
