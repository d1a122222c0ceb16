"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { problemDetail, problemFieldErrors } from "@/lib/api/problem-body";
import type { TextAnalysis } from "@/lib/services/analyze-text";
import { AnalysisResult } from "./analysis-result";

type State = { status: "idle" } | { status: "busy" } | { status: "done"; result: TextAnalysis } | { status: "failed"; message: string; field?: string };

/**
 * The paste box: posts the text to POST /api/v1/analyze (the same engine, limits and rate limit as the
 * API; nothing is saved) and shows what came back.
 */
export function AnalyzeText({ maxLength }: { maxLength: number }) {
  const [text, setText] = useState("");
  const [state, setState] = useState<State>({ status: "idle" });
  const input = useRef<HTMLTextAreaElement>(null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setState({ status: "busy" });
    let response: Response;
    try {
      response = await fetch("/api/v1/analyze", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text }) });
    } catch {
      setState({ status: "failed", message: "The server could not be reached. Check your connection and try again." });
      return;
    }
    const body = (await response.json().catch(() => null)) as unknown;
    if (response.ok && body) {
      setState({ status: "done", result: body as TextAnalysis });
    } else if (response.status === 400) {
      setState({ status: "failed", message: problemFieldErrors(body).text?.[0] ?? problemDetail(body, "Check the text."), field: "text" });
      input.current?.focus();
    } else {
      setState({ status: "failed", message: problemDetail(body, "Something went wrong on our side. Try again in a moment.") });
    }
  }

  const fieldError = state.status === "failed" && state.field === "text" ? [state.message] : undefined;
  return (
    <div className="space-y-6">
      <form onSubmit={submit} className="space-y-3 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200" aria-label="Text to analyse" noValidate>
        <Field
          id="analyze-text"
          label="Vendor text"
          hint={`A clause, an email or a draft, one passage a line; up to ${maxLength.toLocaleString("en-US")} characters.`}
          errors={fieldError}
        >
          {(control) => (
            <textarea
              {...control}
              ref={input}
              name="text"
              rows={8}
              value={text}
              onChange={(e) => setText(e.target.value)}
              className={`${control.className} font-mono text-[13px] leading-relaxed`}
              placeholder={"4. Escrow\n4.1 The Supplier shall not be required to deposit the model weights with any escrow agent."}
            />
          )}
        </Field>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={state.status === "busy" || text.trim() === ""}>
            {state.status === "busy" ? "Analysing…" : "Analyse"}
          </Button>
          <span className="text-xs text-slate-600">
            {text.length.toLocaleString("en-US")} / {maxLength.toLocaleString("en-US")} characters
          </span>
        </div>
        {state.status === "failed" && !state.field && <FormMessage tone="error">{state.message}</FormMessage>}
      </form>
      <div aria-live="polite">{state.status === "done" && <AnalysisResult result={state.result} />}</div>
    </div>
  );
}
