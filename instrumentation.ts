// Runs once when a server starts: a misconfigured server exits with a clear message instead of failing requests.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkConfigurationOrExit } = await import("./src/server/startup");
    checkConfigurationOrExit();
  }
}
