"use client";

import { useDeferredValue, useMemo } from "react";
import { detectRedFlags, type PlaybookPitchText } from "@/lib/domain/red-flags";
import { RedFlagCard } from "./red-flag-card";

/** Runs the same matcher as the server on what is being typed, before anything is saved, with the deal's playbook pitches. */
export function LiveRedFlags({ text, playbookPitches }: { text: string; playbookPitches: Record<string, PlaybookPitchText> }) {
  const deferred = useDeferredValue(text);
  const pitches = useMemo(() => Object.values(playbookPitches), [playbookPitches]);
  const findings = useMemo(() => detectRedFlags(deferred, pitches), [deferred, pitches]);
  if (!findings.length) return null;
  return (
    <div className="space-y-2" aria-live="polite" data-testid="live-red-flags">
      <p className="text-sm font-semibold text-red-800">
        {findings.length === 1 ? "This looks like a vendor pitch to push back on" : `${findings.length} red flags in the vendor's words`}
      </p>
      {findings.map((f) => (
        <RedFlagCard
          key={f.key}
          flag={{
            key: f.key,
            title: f.title,
            severity: f.severity,
            danger: f.danger,
            counter: f.counter,
            matchText: f.match.text,
            playbookPitch: f.kind === "pitch" && f.pitchKey ? playbookPitches[f.pitchKey] : undefined,
          }}
        />
      ))}
    </div>
  );
}
