import type { NextConfig } from "next";
import { API_CONTENT_SECURITY_POLICY, staticSecurityHeaders } from "./src/lib/security-headers";

// Build-time configuration, read here rather than through src/env.ts: only the development server uses it.
const rootDomain = process.env.ROOT_DOMAIN?.trim().toLowerCase();

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // PGlite and the Prisma engines load WebAssembly from node_modules at run time: keep them out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "@prisma/client", "@prisma/adapter-pg", "pg"],
  // `npm run dev` serves every organization's subdomain too (its scripts and hot reload are cross-origin otherwise).
  allowedDevOrigins: rootDomain ? [rootDomain, `*.${rootDomain}`] : [],
  // A logo (at most 1 MB, checked by the action) plus the form around it; the default limit is exactly 1 MB.
  experimental: { serverActions: { bodySizeLimit: "2mb" } },
  // The middleware sees the request as it came, RSC headers included: it answers a malformed Next-Router-State-Tree
  // with a 400 (Next.js would throw a 500). Only the Pages Router's /_next/data URLs differ, and there are none.
  skipProxyUrlNormalize: true,
  // On every response, static files included; the Content-Security-Policy needs a per-request nonce (middleware.ts).
  async headers() {
    return [
      { source: "/:path*", headers: staticSecurityHeaders({ production: process.env.NODE_ENV === "production" }) },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }] },
    ];
  },
};

export default nextConfig;
