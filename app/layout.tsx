import type { Metadata } from "next";
import { HydrationMarker } from "@/components/layout/hydration-marker";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Dealplaybook", template: "%s · Dealplaybook" },
  description: "Negotiate custom-AI contracts so you own the model you paid for.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        {children}
        <HydrationMarker />
      </body>
    </html>
  );
}
