"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { problemDetail, problemFieldErrors } from "@/lib/api/problem-body";
import { MANIFEST_MAX_BYTES } from "@/lib/assets/limits";

/** Uploads a manifest JSON (from `npm run manifest -- DIR`) to POST /api/v1/deals/<dealId>/manifests. */
export function ManifestImport({ dealId }: { dealId: string }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<{ tone: "success" | "error"; text: string; problems: string[] } | null>(null);

  async function upload(file: File) {
    if (file.size > MANIFEST_MAX_BYTES) {
      setResult({ tone: "error", text: "The manifest is larger than 5 MB; nothing was imported.", problems: [] });
      return;
    }
    let response: Response;
    try {
      response = await fetch(`/api/v1/deals/${encodeURIComponent(dealId)}/manifests?${new URLSearchParams({ fileName: file.name })}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: file,
      });
    } catch {
      setResult({ tone: "error", text: "The upload did not reach the server. Nothing was imported; try again.", problems: [] });
      return;
    }
    const body = (await response.json().catch(() => ({}))) as {
      counts?: { MATCH: number; MISMATCH: number; DELIVERED: number; MISSING: number; unpromised: number };
    };
    if (response.status === 201 && body.counts) {
      const c = body.counts;
      setResult({
        tone: "success",
        text: `Imported: ${c.MATCH} matching, ${c.MISMATCH} mismatched, ${c.DELIVERED} without a stated hash, ${c.MISSING} missing, ${c.unpromised} not promised.`,
        problems: [],
      });
      if (input.current) input.current.value = "";
      router.refresh();
    } else {
      setResult({
        tone: "error",
        text: problemDetail(body, `The import failed (HTTP ${response.status}). Nothing was imported.`),
        problems: Object.values(problemFieldErrors(body)).flat(),
      });
    }
  }

  return (
    <form
      aria-label="Import a delivery manifest"
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        const file = input.current?.files?.[0];
        if (!file) {
          setResult({ tone: "error", text: "Choose the manifest file first.", problems: [] });
          input.current?.focus();
          return;
        }
        startTransition(() => upload(file));
      }}
    >
      <div className="space-y-1.5">
        <label htmlFor="manifest-file" className="block text-sm font-medium text-slate-700">
          Manifest file (JSON, at most 5 MB)
        </label>
        <input
          ref={input}
          id="manifest-file"
          type="file"
          accept="application/json,.json"
          aria-describedby="manifest-file-hint"
          aria-invalid={result?.tone === "error"}
          className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-200"
        />
        <p id="manifest-file-hint" className="text-xs text-slate-600">
          Made with <code className="font-mono">npm run manifest -- DIR --out manifest.json</code> on the delivered folder.
        </p>
      </div>
      {result && (
        <FormMessage tone={result.tone}>
          {result.text}
          {result.problems.length > 0 && (
            <ul className="mt-1 list-disc space-y-0.5 pl-5 font-mono text-xs" data-testid="manifest-problems">
              {result.problems.map((p) => (
                <li key={p} className="break-all">
                  {p}
                </li>
              ))}
            </ul>
          )}
        </FormMessage>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? "Importing…" : "Import and compare"}
      </Button>
    </form>
  );
}
