import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Orgstack", template: "%s · Orgstack" },
  description: "The multi-tenant starter for B2B SaaS: organizations, roles, invitations and tenant isolation.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/**
 * Every page renders per request: its scripts carry the request's CSP nonce (middleware.ts), which a page prerendered
 * at build time could not have.
 */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body className="min-h-dvh font-sans">{children}</body>
    </html>
  );
}
