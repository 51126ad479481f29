import { json, sessionRoute } from "@/server/http/declare-route";
import { joinableOrganizations } from "@/server/domains/join";
import { domainJoinOperations } from "@/server/domains/operations";

/** The organizations the signed-in person's verified address lets them join, by its domain. */
export const GET = sessionRoute(domainJoinOperations.list, async ({ session }) =>
  json({ organizations: await joinableOrganizations(session.user) }),
);
