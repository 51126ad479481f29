import "server-only";
import type { Prisma } from "@/server/db";

/** What leaves the server for a project: never the raw row. */
export const projectSelect = {
  id: true,
  name: true,
  description: true,
  createdAt: true,
  updatedAt: true,
  createdBy: { select: { id: true, name: true } },
} satisfies Prisma.ProjectSelect;

export type ProjectDto = Prisma.ProjectGetPayload<{ select: typeof projectSelect }>;
