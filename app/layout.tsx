import type { Metadata } from "next";
import { connection } from "next/server";
import { HydrationMarker } from "@/components/layout/hydration-marker";
import { releaseRenderErrorStack } from "@/lib/render/release-render-error";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Dealplaybook", template: "%s · Dealplaybook" },
  description: "Negotiate custom-AI contracts so you own the model you paid for.",
  // Declared, so that browsers do not ask for a /favicon.ico that does not exist (a 404 in the console).
  icons: { icon: "/favicon.svg" },
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request: the Content-Security-Policy proxy.ts sets carries a fresh
  // nonce that Next puts on its scripts, and a page prerendered at build time would have none.
  await connection();
  releaseRenderErrorStack();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        {children}
        <HydrationMarker />
      </body>
    </html>
  );
}
