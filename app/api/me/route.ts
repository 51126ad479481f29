import { json, orgRoute } from "@/server/http/declare-route";
import { describeMe } from "@/server/users/me";

// Who am I, in which organization, with which permissions: for every member.
// The memberships come with the context: one round trip in all.
export const GET = orgRoute({ permission: null, withMemberships: true }, async ({ ctx }) => json(await describeMe(ctx)));
