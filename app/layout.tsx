import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/ui/site-footer";
import { SiteHeader } from "@/components/ui/site-header";
import { SITE_NAME, SITE_TAGLINE, siteOrigin } from "@/lib/site";
import "./globals.css";

/** Canonical and preview URLs are absolute on the address this request reached (lib/site). */
export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: new URL(await siteOrigin()),
    title: { default: `${SITE_NAME}: one story, many tellings`, template: `%s · ${SITE_NAME}` },
    description: SITE_TAGLINE,
    applicationName: SITE_NAME,
    openGraph: { siteName: SITE_NAME, type: "website" },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#fbfaf7",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: proxy.ts gives each response a fresh
  // CSP nonce that Next puts on its scripts, and canonical URLs follow the
  // request's address. A prerendered page would carry neither.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <a
          href="#main"
          className="skip-link sr-only focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl px-4 pb-16 pt-6 sm:px-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
