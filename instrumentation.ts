// Runs once when a server starts: a misconfigured server refuses to boot with a clear message instead of failing
// on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { loadEnv } = await import("./src/env");
    loadEnv();
  }
}
