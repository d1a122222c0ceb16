import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getActor } from "@/lib/auth/actor";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const safeCallback = safeRedirectPath(callbackUrl);
  if (await getActor()) redirect(safeCallback);
  return (
    <main className="flex min-h-screen">
      <div className="hidden w-1/2 flex-col justify-between bg-brand-900 p-12 text-white lg:flex">
        <div className="flex items-center gap-2 text-lg font-semibold">
          <img src="/favicon.svg" alt="" className="h-8 w-8" /> Dealplaybook
        </div>
        <div className="max-w-md">
          <p className="text-3xl font-semibold leading-tight">Own the model you paid for.</p>
          <p className="mt-4 text-brand-100">
            Walk every custom-AI vendor deal through its IP layers, log what the vendor said against your must-have, fallback and walk-away positions, and know
            when a deal is ready to sign.
          </p>
        </div>
        <p className="text-sm text-brand-100/80">Training data · Base model · Weights · Derived data · Outputs · Know-how · Exit</p>
      </div>
      <div className="flex flex-1 items-center justify-center p-6">
        <div className="w-full max-w-sm">
          <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
          <p className="mt-1 text-sm text-slate-600">Use your work email and password.</p>
          <LoginForm callbackUrl={safeCallback} />
        </div>
      </div>
    </main>
  );
}
