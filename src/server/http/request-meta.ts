import "server-only";

export type RequestMeta = { userAgent: string | null; ip: string | null };

/** Who is calling, for the session list. The address comes from the proxy in front of the app when there is one. */
export function requestMeta(headers: Headers): RequestMeta {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return {
    userAgent: headers.get("user-agent")?.slice(0, 512) || null,
    ip: (forwarded || headers.get("x-real-ip"))?.slice(0, 64) || null,
  };
}
