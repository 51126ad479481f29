import "server-only";
import { PERMISSIONS, type Permission } from "@/lib/permissions";
import type { Prisma } from "@/server/db";

export const customRoleSelect = {
  id: true,
  name: true,
  description: true,
  permissions: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { holders: true } },
} satisfies Prisma.CustomRoleSelect;

type CustomRoleRow = Prisma.CustomRoleGetPayload<{ select: typeof customRoleSelect }>;

export type CustomRoleDto = Omit<CustomRoleRow, "_count" | "permissions"> & { permissions: Permission[]; memberCount: number };

export function toCustomRoleDto({ _count, permissions, ...role }: CustomRoleRow): CustomRoleDto {
  return { ...role, permissions: PERMISSIONS.filter((permission) => permissions.includes(permission)), memberCount: _count.holders };
}
