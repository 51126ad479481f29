import "server-only";
import { createProjectSchema, listProjectsQuery, updateProjectSchema } from "@/lib/validation/projects";
import type { OrgOperation } from "@/server/http/operation";

/** Each project operation's permission and input, shared by app/api/projects and the dashboard's forms. */
export const projectOperations = {
  list: { permission: "projects.read", query: listProjectsQuery },
  read: { permission: "projects.read", params: ["id"] },
  create: { permission: "projects.create", body: createProjectSchema },
  update: { permission: "projects.update", body: updateProjectSchema, params: ["id"] },
  delete: { permission: "projects.delete", params: ["id"] },
} as const satisfies Record<string, OrgOperation>;
