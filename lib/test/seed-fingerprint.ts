import { createHash } from "node:crypto";

// The default playbook must paraphrase its seed document ("Custom AI Development & Model Ownership
// Terms"), not copy it. The document is not part of the repository, so the copy guard in
// lib/playbook/__tests__/default-playbook.test.ts compares fingerprints: a short hash of every run of
// RUN consecutive words, after normalising case, apostrophes and punctuation.

export const RUN = 12;

export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’'`]/g, "")
      .match(/[a-z0-9]+/g) ?? []
  );
}

export function runsOf(text: string, n = RUN): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(" "));
  return out;
}

/** First 12 hex digits of the run's SHA-256: 48 bits, so a chance match among a few thousand runs is negligible. */
export function fingerprint(run: string): string {
  return createHash("sha256").update(run).digest("hex").slice(0, 12);
}
