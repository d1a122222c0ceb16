"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * The secret of the token just made, shown once: it is not stored, so this box is the only place it
 * ever appears. Focus moves here so a keyboard or screen-reader user lands on it.
 */
export function NewSecretBox({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  const boxRef = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => boxRef.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied("copied");
    } catch {
      // Clipboard access refused (permissions, an insecure origin): the secret stays selectable by hand.
      setCopied("failed");
    }
  }

  return (
    <div
      ref={boxRef}
      tabIndex={-1}
      role="region"
      aria-labelledby="new-token-heading"
      data-testid="new-token"
      className="rounded-lg bg-amber-50 p-4 outline-none ring-2 ring-inset ring-amber-400 focus-visible:ring-amber-600"
    >
      <h3 id="new-token-heading" className="text-sm font-semibold text-amber-950">
        Copy your new token “{name}” now
      </h3>
      <p className="mt-1 text-sm text-amber-900">
        <strong>You won’t see it again:</strong> only a fingerprint of it is kept. Store it in your integration’s secret store, never in code.
      </p>
      <div className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-center">
        <code
          data-testid="new-token-secret"
          className="block min-w-0 flex-1 select-all break-all rounded-md bg-white px-3 py-2 font-mono text-sm text-slate-900 ring-1 ring-inset ring-amber-300"
        >
          {secret}
        </code>
        <div className="flex shrink-0 gap-2">
          <Button type="button" onClick={copy}>
            {copied === "copied" ? "Copied" : "Copy"}
            <span className="sr-only"> the token</span>
          </Button>
          <Button type="button" variant="secondary" onClick={onDone}>
            Done
          </Button>
        </div>
      </div>
      <p role="status" className="mt-2 text-xs text-amber-900">
        {copied === "copied" && "Copied to the clipboard."}
        {copied === "failed" && "The browser did not allow copying: select the token and copy it yourself."}
      </p>
    </div>
  );
}
