import { NextResponse } from "next/server";
import { resendVerificationEmail } from "@/server/account/verification";
import { requireSession } from "@/server/auth/context";
import { errorResponse } from "@/server/http/errors";
import { apiRoute } from "@/server/http/route";

export const POST = apiRoute(async (request) => {
  const session = await requireSession(request);
  if (!session.ok) return errorResponse(session);
  const result = await resendVerificationEmail(session.ctx);
  if (!result.ok) return errorResponse(result);
  return NextResponse.json({ sent: result.sent });
});
