import { NextResponse } from "next/server";
import { publicRoute } from "@/server/http/declare-route";

// Liveness for load balancers: answers without touching the database, so a database outage does not take every
// instance out of rotation at once. Also the benchmark's baseline: the framework's own cost for a JSON response.
const BODY = { status: "ok" } as const;

export const GET = publicRoute({}, async () => NextResponse.json(BODY, { headers: { "cache-control": "no-store" } }));
