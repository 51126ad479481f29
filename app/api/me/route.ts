import { json, orgRoute } from "@/server/http/declare-route";
import { describeMe } from "@/server/users/me";

// Who am I, in which organization, with which permissions: for every member.
export const GET = orgRoute({ permission: null }, async ({ ctx }) => json(await describeMe(ctx)));
