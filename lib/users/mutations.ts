import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { generatePassword, hashPassword, isPasswordTheEmail, passwordSchema } from "@/lib/auth/passwords";
import { admit, type Principal } from "@/lib/auth/permissions";
import { ROLES } from "@/lib/auth/roles";
import { refuse, type Result } from "@/lib/result";
import { toUserSummary, USER_SUMMARY_SELECT, type UserSummary } from "@/lib/users/queries";

// Each mutation takes the acting principal and unvalidated input, so the server action stays a thin
// adapter and tests can call the real thing: role check first (401/403 before any 400), then zod,
// then one transaction holding the write and its AuditEvent.

export type UserWithPassword = { user: UserSummary; password: string };

const PASSWORD_IS_EMAIL = "密码不能是邮箱 · The password must not be the email address.";

const userIdSchema = z.coerce.number().int().positive();
// An empty field means "generate one"; the password is shown once either way.
const optionalPasswordSchema = passwordSchema.or(z.literal("")).optional();

const createUserSchema = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email().max(320)),
    name: z.string().trim().min(1).max(200),
    role: z.enum(ROLES),
    password: optionalPasswordSchema,
  })
  .refine((input) => !input.password || !isPasswordTheEmail(input.password, input.email), {
    path: ["password"],
    error: PASSWORD_IS_EMAIL,
  });
const changeRoleSchema = z.object({ userId: userIdSchema, role: z.enum(ROLES) });
const setDisabledSchema = z.object({ userId: userIdSchema, disabled: z.enum(["true", "false"]).transform((value) => value === "true") });
const resetPasswordSchema = z.object({ userId: userIdSchema, password: optionalPasswordSchema });

type Tx = Prisma.TransactionClient;
/**
 * An admin who demotes or disables another admin must leave one active admin behind. The active
 * admins are locked so two admins demoting each other at once cannot both succeed.
 */
async function leavesAnotherActiveAdmin(tx: Tx, targetId: number): Promise<boolean> {
  const admins = await tx.$queryRaw<Array<{ id: number }>>`
    SELECT id FROM "User" WHERE role = 'admin' AND disabled = false FOR UPDATE`;
  return admins.some((admin) => admin.id !== targetId);
}

type UserAudit = { actorId: number; action: string; ip: string; before?: Prisma.InputJsonValue; after?: Prisma.InputJsonValue };

/** The write and its AuditEvent, inside the caller's transaction. */
async function updateUserWithAudit(tx: Tx, userId: number, data: Prisma.UserUpdateInput, audit: UserAudit): Promise<UserSummary> {
  const user = await tx.user.update({ where: { id: userId }, data, select: USER_SUMMARY_SELECT });
  await tx.auditEvent.create({ data: { ...audit, entityType: "user", entityId: String(userId) } });
  return toUserSummary(user);
}

export async function createUser(db: Db, actor: Principal | null, input: unknown, context: { ip: string }): Promise<Result<UserWithPassword>> {
  const admitted = admit(actor, "admin", createUserSchema, input);
  if (!admitted.ok) return admitted;
  const { password: chosen, ...fields } = admitted.data;
  const password = chosen || generatePassword();
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx): Promise<Result<UserWithPassword>> => {
    if (await tx.user.findUnique({ where: { email: fields.email }, select: { id: true } })) {
      return refuse(409, "该邮箱已有账号 · An account with this email already exists.");
    }
    const user = await tx.user.create({ data: { ...fields, passwordHash }, select: USER_SUMMARY_SELECT });
    await tx.auditEvent.create({
      data: {
        actorId: admitted.principal.id,
        action: "user.create",
        entityType: "user",
        entityId: String(user.id),
        after: { email: user.email, name: user.name, role: user.role },
        ip: context.ip,
      },
    });
    return { ok: true, value: { user: toUserSummary(user), password } };
  });
}

export async function changeUserRole(db: Db, actor: Principal | null, input: unknown, context: { ip: string }): Promise<Result<UserSummary>> {
  const admitted = admit(actor, "admin", changeRoleSchema, input);
  if (!admitted.ok) return admitted;
  const { userId, role } = admitted.data;
  if (userId === admitted.principal.id) return refuse(409, "不能更改自己的角色 · You cannot change your own role.");
  return db.$transaction(async (tx): Promise<Result<UserSummary>> => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: USER_SUMMARY_SELECT });
    if (!before) return refuse(404, "没有这个用户 · No such user.");
    if (before.role === role) return { ok: true, value: toUserSummary(before) };
    if (before.role === "admin" && !(await leavesAnotherActiveAdmin(tx, userId))) {
      return refuse(409, "至少需要一名管理员 · At least one active admin must remain.");
    }
    const user = await updateUserWithAudit(tx, userId, { role }, {
      actorId: admitted.principal.id,
      action: "user.role_change",
      before: { role: before.role },
      after: { role },
      ip: context.ip,
    });
    return { ok: true, value: user };
  });
}

/** Disabling takes effect on the user's next request: sessions and tokens are re-checked each time. */
export async function setUserDisabled(db: Db, actor: Principal | null, input: unknown, context: { ip: string }): Promise<Result<UserSummary>> {
  const admitted = admit(actor, "admin", setDisabledSchema, input);
  if (!admitted.ok) return admitted;
  const { userId, disabled } = admitted.data;
  if (userId === admitted.principal.id) return refuse(409, "不能停用自己的账号 · You cannot disable your own account.");
  return db.$transaction(async (tx): Promise<Result<UserSummary>> => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: USER_SUMMARY_SELECT });
    if (!before) return refuse(404, "没有这个用户 · No such user.");
    if (before.disabled === disabled) return { ok: true, value: toUserSummary(before) };
    if (disabled && before.role === "admin" && !(await leavesAnotherActiveAdmin(tx, userId))) {
      return refuse(409, "至少需要一名管理员 · At least one active admin must remain.");
    }
    const user = await updateUserWithAudit(tx, userId, { disabled }, {
      actorId: admitted.principal.id,
      action: disabled ? "user.disable" : "user.enable",
      before: { disabled: before.disabled },
      after: { disabled },
      ip: context.ip,
    });
    return { ok: true, value: user };
  });
}

export async function resetUserPassword(db: Db, actor: Principal | null, input: unknown, context: { ip: string }): Promise<Result<UserWithPassword>> {
  const admitted = admit(actor, "admin", resetPasswordSchema, input);
  if (!admitted.ok) return admitted;
  const { userId, password: chosen } = admitted.data;
  const password = chosen || generatePassword();
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx): Promise<Result<UserWithPassword>> => {
    const target = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!target) return refuse(404, "没有这个用户 · No such user.");
    if (isPasswordTheEmail(password, target.email)) {
      return { ...refuse(400, PASSWORD_IS_EMAIL), fieldErrors: { password: [PASSWORD_IS_EMAIL] } };
    }
    // Never the password or its hash in the audit: the trail is read by more people than the database.
    // A new password generation: sessions opened with the old password end on their next request.
    const user = await updateUserWithAudit(tx, userId, { passwordHash, sessionVersion: { increment: 1 } }, {
      actorId: admitted.principal.id,
      action: "user.password_reset",
      ip: context.ip,
    });
    return { ok: true, value: { user, password } };
  });
}
