"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Field, FormMessage } from "@/components/ui/field";
import { addPastedDraft } from "@/lib/actions/drafts";
import { describeBytes, MAX_DRAFT_FILE_BYTES, MAX_PASTED_DRAFT_CHARS } from "@/lib/drafts/limits";
import { DRAFT_TITLE_MAX } from "@/lib/validation/draft";
import { uploadDraft } from "./upload-draft";

const ACCEPT = ".docx,.pdf,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const LIMIT = describeBytes(MAX_DRAFT_FILE_BYTES);
const TOO_LARGE = (size: number) => `This file is ${describeBytes(size)}; the limit is ${LIMIT}. Nothing was sent.`;

type Phase = { step: "idle" } | { step: "uploading"; percent: number } | { step: "analysing" };

/** Adds a round of the vendor's draft: a DOCX or PDF (uploaded with progress) or pasted text / an email. */
export function AddRoundForm({ dealId, nextRound, today }: { dealId: string; nextRound: number; today: string }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [mode, setMode] = useState<"file" | "text">("file");
  const [title, setTitle] = useState(`Vendor draft, round ${nextRound}`);
  const [receivedOn, setReceivedOn] = useState(today);
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<"TEXT" | "EMAIL">("TEXT");
  const [text, setText] = useState("");
  const [phase, setPhase] = useState<Phase>({ step: "idle" });
  const [uploadErrors, setUploadErrors] = useState<Record<string, string[]>>({});
  const [uploadMessage, setUploadMessage] = useState<string | null>(null);
  const paste = useActionForm(addPastedDraft, { onSuccess: (draft) => router.push(`/deals/${dealId}/drafts/${draft.id}`) });
  useFocusFirstInvalid(form, paste.failure, paste.pending);

  const busy = phase.step !== "idle" || paste.pending;
  const errors = mode === "file" ? uploadErrors : paste.errors;

  function failUpload(fieldErrors: Record<string, string[]>, message: string | null) {
    setPhase({ step: "idle" });
    setUploadErrors(fieldErrors);
    setUploadMessage(message);
    // After React has rendered the messages: the first invalid field takes focus.
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  async function submitFile() {
    if (!file) return failUpload({ file: ["Choose a DOCX or PDF file."] }, null);
    if (file.size > MAX_DRAFT_FILE_BYTES) return failUpload({ file: [TOO_LARGE(file.size)] }, null);
    if (file.size === 0) return failUpload({ file: ["This file is empty. Nothing was sent."] }, null);
    setUploadErrors({});
    setUploadMessage(null);
    setPhase({ step: "uploading", percent: 0 });
    const outcome = await uploadDraft({
      dealId,
      file,
      title,
      receivedOn,
      onProgress: (fraction) => setPhase(fraction >= 1 ? { step: "analysing" } : { step: "uploading", percent: Math.floor(fraction * 100) }),
    });
    if (outcome.ok) {
      router.push(outcome.url);
      return;
    }
    if (outcome.status === 413) return failUpload({ file: [TOO_LARGE(file.size)] }, null);
    const fieldErrors = { ...outcome.fieldErrors };
    // The query's fileName / mediaType come from the file itself: their problems are the file's.
    for (const key of ["fileName", "mediaType"]) {
      if (fieldErrors[key]) fieldErrors.file = [...(fieldErrors.file ?? []), ...fieldErrors[key]];
      delete fieldErrors[key];
    }
    const shownOnAField = Object.keys(fieldErrors).length > 0;
    failUpload(fieldErrors, shownOnAField && outcome.status === 400 ? null : outcome.message);
  }

  return (
    <form
      ref={form}
      aria-label="Add a round"
      className="space-y-4 px-5 py-4"
      onSubmit={(e) => {
        e.preventDefault();
        if (busy) return;
        if (mode === "file") void submitFile();
        else paste.run({ dealId, title, receivedOn, kind, text });
      }}
    >
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">What the vendor sent</legend>
        <div className="mt-2 inline-flex rounded-md shadow-sm ring-1 ring-inset ring-slate-300">
          {(
            [
              ["file", "A file (DOCX or PDF)"],
              ["text", "Pasted text"],
            ] as const
          ).map(([value, label]) => (
            <label
              key={value}
              className={cn(
                "cursor-pointer px-3 py-1.5 text-sm font-medium first:rounded-l-md last:rounded-r-md has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500",
                mode === value ? "bg-brand-600 text-white" : "bg-white text-slate-700 hover:bg-slate-50",
              )}
            >
              <input type="radio" name="mode" value={value} checked={mode === value} onChange={() => setMode(value)} className="sr-only" disabled={busy} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>

      <div className="grid gap-4">
        <Field id="draft-title" label="Title" errors={errors.title}>
          {(control) => (
            <input {...control} name="title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={DRAFT_TITLE_MAX} autoComplete="off" />
          )}
        </Field>
        <Field id="draft-received" label="Received on" errors={errors.receivedOn}>
          {(control) => <input {...control} type="date" name="receivedOn" value={receivedOn} onChange={(e) => setReceivedOn(e.target.value)} required />}
        </Field>
      </div>

      {mode === "file" ? (
        <Field id="draft-file" label="File" hint={`DOCX or PDF, at most ${LIMIT}. Kept with the deal; its SHA-256 checksum is recorded.`} errors={errors.file}>
          {(control) => (
            <input
              {...control}
              type="file"
              name="file"
              accept={ACCEPT}
              disabled={busy}
              className={cn(control.className, "file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-3 file:py-1 file:text-sm file:font-medium")}
              onChange={(e) => {
                const chosen = e.target.files?.[0] ?? null;
                setFile(chosen);
                setUploadMessage(null);
                setUploadErrors(chosen && chosen.size > MAX_DRAFT_FILE_BYTES ? { file: [TOO_LARGE(chosen.size)] } : {});
              }}
            />
          )}
        </Field>
      ) : (
        <>
          <fieldset>
            <legend className="text-sm font-medium text-slate-700">Kind of text</legend>
            <div className="mt-1.5 flex flex-wrap gap-4 text-sm text-slate-800">
              {(
                [
                  ["TEXT", "Contract text"],
                  ["EMAIL", "Email"],
                ] as const
              ).map(([value, label]) => (
                <label key={value} className="inline-flex items-center gap-2">
                  <input type="radio" name="kind" value={value} checked={kind === value} onChange={() => setKind(value)} className="h-4 w-4 accent-brand-600" />
                  {label}
                </label>
              ))}
            </div>
            {errors.kind && <p className="mt-1 text-sm text-red-700">{errors.kind.join(" ")}</p>}
          </fieldset>
          <Field
            id="draft-text"
            label={kind === "EMAIL" ? "The email" : "The contract text"}
            hint={`At most ${MAX_PASTED_DRAFT_CHARS.toLocaleString("en")} characters; numbered sections (4.2, (b)…) are kept as passages.`}
            errors={errors.text}
          >
            {(control) => (
              <textarea
                {...control}
                name="text"
                rows={10}
                value={text}
                onChange={(e) => setText(e.target.value)}
                maxLength={MAX_PASTED_DRAFT_CHARS}
                className={cn(control.className, "font-serif")}
              />
            )}
          </Field>
        </>
      )}

      {mode === "file" && uploadMessage && <FormMessage tone="error">{uploadMessage}</FormMessage>}
      {mode === "text" && paste.message && !Object.keys(paste.errors).some((k) => ["title", "receivedOn", "text", "kind"].includes(k)) && (
        <FormMessage tone={paste.message.tone}>{paste.message.text}</FormMessage>
      )}
      {mode === "text" && paste.errors.dealId && <FormMessage tone="error">{paste.errors.dealId.join(" ")}</FormMessage>}

      <UploadProgress phase={paste.pending ? { step: "analysing" } : phase} />

      <Button type="submit" disabled={busy}>
        {busy ? "Working…" : mode === "file" ? "Upload and analyse" : "Analyse and add"}
      </Button>
    </form>
  );
}

function UploadProgress({ phase }: { phase: Phase }) {
  if (phase.step === "idle") return null;
  const percent = phase.step === "uploading" ? phase.percent : 100;
  return (
    <div className="space-y-1.5" data-testid="upload-progress">
      <div className="flex items-baseline justify-between text-sm">
        <span id="upload-progress-label" className="font-medium text-slate-700">
          {phase.step === "uploading" ? "Uploading…" : "Analysing…"}
        </span>
        <span className="tabular-nums text-slate-600" aria-hidden="true">
          {percent}%
        </span>
      </div>
      <div
        role="progressbar"
        aria-labelledby="upload-progress-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={phase.step === "uploading" ? `${percent}% uploaded` : "Uploaded; analysing the draft"}
        className="h-2 overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className={cn("h-full rounded-full bg-brand-600 transition-[width]", phase.step === "analysing" && "animate-pulse")}
          style={{ width: `${percent}%` }}
        />
      </div>
      <p role="status" className="sr-only">
        {phase.step === "analysing" ? "Uploaded. Analysing the draft…" : ""}
      </p>
    </div>
  );
}
