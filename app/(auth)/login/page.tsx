import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { SsoButtons } from "@/components/auth/sso-buttons";
import { FormMessage } from "@/components/ui/field";
import { oidcProviders } from "@/lib/auth/oidc-config";
import { ssoErrorMessage } from "@/lib/auth/sso-messages";
import { getActor } from "@/lib/auth/actor";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string; provider?: string }> }) {
  const { callbackUrl, error, provider } = await searchParams;
  const safeCallback = safeRedirectPath(callbackUrl);
  if (await getActor()) redirect(safeCallback);
  const providers = oidcProviders().map(({ id, name }) => ({ id, name }));
  // Only our own sentences, with the name of a configured provider: nothing of the query is echoed.
  const ssoError = ssoErrorMessage(error, { provider: providers.find((p) => p.id === provider)?.name });
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
          <p className="mt-1 text-sm text-slate-600">
            {providers.length ? "Use your company's single sign-on, or your work email and password." : "Use your work email and password."}
          </p>
          <div className="mt-8 space-y-5">
            {ssoError && <FormMessage tone="error">{ssoError}</FormMessage>}
            {providers.length > 0 && (
              <>
                <SsoButtons providers={providers} callbackUrl={safeCallback} />
                <div className="flex items-center gap-3 text-xs uppercase tracking-wide text-slate-500" aria-hidden="true">
                  <span className="h-px flex-1 bg-slate-200" /> or <span className="h-px flex-1 bg-slate-200" />
                </div>
              </>
            )}
            <LoginForm callbackUrl={safeCallback} />
          </div>
        </div>
      </div>
    </main>
  );
}
