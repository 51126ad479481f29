// The liveness answer of /api/health through the Edge middleware, which /api/ skips: the benchmark's row (a′), so the
// middleware's own cost per page request is a measured figure (docs/benchmarks.md). Load balancers use /api/health.
export { GET } from "../api/health/route";
