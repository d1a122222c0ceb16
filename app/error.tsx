"use client";

import { Button, ButtonLink } from "@/components/ui/button";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center px-6 text-center">
      <p className="text-sm font-semibold text-red-600">Something went wrong</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight text-slate-900">We could not show this page</h1>
      <p className="mt-3 max-w-md text-sm text-slate-600">Nothing you saved was lost. Try again; if it keeps happening, send us the reference below.</p>
      {error.digest && <p className="mt-2 font-mono text-xs text-slate-600">Reference {error.digest}</p>}
      <div className="mt-6 flex gap-2">
        <Button onClick={reset}>Try again</Button>
        <ButtonLink href="/" variant="ghost">
          Home
        </ButtonLink>
      </div>
    </main>
  );
}
