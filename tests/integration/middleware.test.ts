import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { config, middleware } from "../../middleware";
import { GET as sessionEnded } from "../../app/auth/session-ended/route";
import { decodeJwt } from "jose";
import { resolveSession } from "@/server/auth/context";
import { signSessionToken, verifySessionToken } from "@/server/auth/token";
import { db } from "@/server/db";
import { call, sessionTokenOf } from "../support/http";
import { signUpUser } from "../support/factories";

const SECRET = process.env.JWT_SECRET!;

function visit(path: string, token?: string, method = "GET") {
  const headers = token ? { cookie: `session=${token}` } : undefined;
  return middleware(new NextRequest(new URL(path, "http://localhost:3000"), { method, headers }));
}

describe("middleware", () => {
  it("sends a signed-out visitor of any dashboard path to login with the path as `next`", async () => {
    const response = await visit("/dashboard/projects?tab=mine");
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://localhost:3000/login?next=%2Fdashboard%2Fprojects%3Ftab%3Dmine");
  });

  it("leaves Next.js's RSC cache-busting hash out of `next` (the middleware sees raw URLs)", async () => {
    const response = await visit("/dashboard/projects?_rsc=1a2b3&tab=mine");
    expect(response.headers.get("location")).toBe("http://localhost:3000/login?next=%2Fdashboard%2Fprojects%3Ftab%3Dmine");
  });

  it("answers a malformed router state header with 400 instead of letting Next.js fail with 500", async () => {
    const request = new NextRequest(new URL("/dashboard", "http://localhost:3000"), {
      headers: { rsc: "1", "next-router-state-tree": "%E0%A4%A" },
    });
    const response = await middleware(request);
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("VALIDATION_FAILED");
  });

  it("runs on pages and not on the JSON API, static files or the social images", () => {
    const runsOn = (path: string) => config.matcher.some((pattern) => new RegExp(`^${pattern}$`).test(path));
    for (const path of ["/", "/dashboard", "/dashboard/projects", "/health", "/login", "/admin"]) expect(runsOn(path), path).toBe(true);
    for (const path of [
      "/api/me",
      "/api/projects",
      "/api/health",
      "/_next/static/chunk.js",
      "/favicon.ico",
      "/robots.txt",
      "/social-card.png",
    ]) {
      expect(runsOn(path), path).toBe(false);
    }
  });

  it("treats a forged token as signed out and drops it", async () => {
    const response = await visit("/dashboard", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");
    expect(response.headers.get("location")).toMatch(/\/login\?next=%2Fdashboard$/);
    expect(sessionTokenOf(response)).toBe("");
  });

  it("sends a signed-in visitor of /login and /signup to the dashboard, and lets them through elsewhere", async () => {
    const token = await signSessionToken({ sub: "u", sid: "s", org: "o", role: "OWNER" }, SECRET);
    expect((await visit("/login", token)).headers.get("location")).toBe("http://localhost:3000/dashboard");
    expect((await visit("/signup", token)).headers.get("location")).toBe("http://localhost:3000/dashboard");
    expect((await visit("/login?next=%2Fdashboard%2Fx", token)).headers.get("location")).toBe("http://localhost:3000/dashboard/x");
    expect((await visit("/login?next=https://evil.example", token)).headers.get("location")).toBe("http://localhost:3000/dashboard");
    const through = await visit("/dashboard", token);
    expect(through.headers.get("location")).toBeNull();
    expect(through.headers.get("x-middleware-next")).toBe("1");
  });

  it("re-issues a token older than a day on GET, but never on a mutation", async () => {
    const old = await signSessionToken({ sub: "u", sid: "s", org: "o", role: "OWNER" }, SECRET, new Date(Date.now() - 2 * 86400_000));
    const renewed = sessionTokenOf(await visit("/dashboard", old));
    expect(renewed).toBeTruthy();
    expect(renewed).not.toBe(old);
    expect(sessionTokenOf(await visit("/api/me", old, "POST"))).toBeUndefined();
    const fresh = await signSessionToken({ sub: "u", sid: "s" }, SECRET);
    expect(sessionTokenOf(await visit("/dashboard", fresh))).toBeUndefined();
  });
});

describe("/auth/session-ended", () => {
  it("clears the cookie of a revoked session and sends the visitor to log in", async () => {
    const { token, user } = await signUpUser();
    await db.session.updateMany({ where: { userId: user.id }, data: { revokedAt: new Date() } });
    const response = await call(sessionEnded, "GET", "/auth/session-ended?next=/dashboard", { token });
    expect(response.headers.get("location")).toBe("/login?next=%2Fdashboard");
    expect(sessionTokenOf(response)).toBe("");
  });

  it("cannot be used to sign a user out: a live session keeps its cookie", async () => {
    const { token } = await signUpUser();
    const response = await call(sessionEnded, "GET", "/auth/session-ended?next=https://evil.example", { token });
    expect(response.headers.get("location")).toBe("/dashboard");
    expect(sessionTokenOf(response)).toBeUndefined();
  });

  it("accepts a token of the previous secret during a rotation and re-issues it with the current one", async () => {
    const { user, token } = await signUpUser();
    const claims = decodeJwt(token);
    const old = await signSessionToken(
      { sub: user.id, sid: String(claims.sid), org: String(claims.org), role: "OWNER" },
      process.env.JWT_SECRET_PREVIOUS!,
    );
    expect(await resolveSession(old)).toMatchObject({ user: { id: user.id } });

    const response = await visit("/dashboard", old);
    expect(response.headers.get("x-middleware-next")).toBe("1");
    const renewed = sessionTokenOf(response)!;
    expect(await verifySessionToken(renewed, { current: SECRET })).toMatchObject({ sub: user.id, sid: claims.sid });
    expect(await verifySessionToken(old, { current: SECRET })).toBeNull();
  });

  it("puts a fresh nonce in each page's Content-Security-Policy, for Next.js (request) and the browser (response)", async () => {
    const [first, second] = [await visit("/login"), await visit("/login")];
    const policy = first.headers.get("content-security-policy")!;
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(second.headers.get("content-security-policy")).not.toBe(policy);
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
  });
});
