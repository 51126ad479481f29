import { NextResponse } from "next/server";

// Liveness for load balancers: answers without touching the database, so a database outage does not take every
// instance out of rotation at once. Also the benchmark's baseline: the framework's own cost for a JSON response.
const BODY = { status: "ok" } as const;

export function GET() {
  return NextResponse.json(BODY, { headers: { "cache-control": "no-store" } });
}
