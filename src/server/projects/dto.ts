import "server-only";
import type { Prisma } from "@/server/db";

/** A project's own columns that leave the server. */
export const projectColumns = { id: true, name: true, description: true, createdAt: true, updatedAt: true } satisfies Prisma.ProjectSelect;

/** What leaves the server for a project: never the raw row. */
export const projectSelect = { ...projectColumns, createdBy: { select: { id: true, name: true } } } satisfies Prisma.ProjectSelect;

export type ProjectDto = Prisma.ProjectGetPayload<{ select: typeof projectSelect }>;
