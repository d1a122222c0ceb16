"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** A signing secret, shown this once (it cannot be read again), with a Copy button. */
export function SecretOnce({ secret, title }: { secret: string; title: string }) {
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied("yes");
    } catch {
      setCopied("no");
    }
  }
  return (
    <div className="rounded-md bg-amber-50 p-4 ring-1 ring-inset ring-amber-200" data-testid="webhook-secret">
      <h3 className="text-sm font-semibold text-amber-950">{title}</h3>
      <p className="mt-1 text-sm text-amber-900">
        Copy it into your receiver now: it is shown only this once. Your receiver checks each delivery&apos;s signature with it.
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <code
          className="min-w-0 flex-1 break-all rounded bg-white px-2 py-1.5 font-mono text-xs text-slate-900 ring-1 ring-inset ring-amber-200"
          data-testid="webhook-secret-value"
        >
          {secret}
        </code>
        <Button type="button" variant="secondary" onClick={copy}>
          Copy
        </Button>
      </div>
      <p role="status" className="mt-1 text-xs text-amber-900">
        {copied === "yes" ? "Copied." : copied === "no" ? "Copying is not allowed here; select the secret and copy it by hand." : ""}
      </p>
    </div>
  );
}
