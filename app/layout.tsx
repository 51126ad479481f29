import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { env } from "@/env";
import "./globals.css";

const DESCRIPTION = "The multi-tenant starter for B2B SaaS: organizations, roles, invitations and tenant isolation.";

/** Read per request: APP_URL makes the social card's address absolute, as link previews need. */
export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: new URL(env.APP_URL),
    title: { default: "Orgstack", template: "%s · Orgstack" },
    description: DESCRIPTION,
    icons: { apple: "/apple-touch-icon.png" },
    openGraph: {
      type: "website",
      siteName: "Orgstack",
      title: "Orgstack",
      description: DESCRIPTION,
      images: [{ url: "/social-card.png", width: 1200, height: 630, alt: "Orgstack" }],
    },
    twitter: { card: "summary_large_image", title: "Orgstack", description: DESCRIPTION, images: ["/social-card.png"] },
  };
}

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
