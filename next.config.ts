import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // PGlite and the Prisma engines load WebAssembly from node_modules at run time: keep them out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "@prisma/client", "@prisma/adapter-pg", "pg"],
};

export default nextConfig;
