import type { ManifestFile } from "./manifest-schema";

// A delivered folder's manifest against the promise. Each promised asset is looked up in the manifest
// by its expected path; when it names none (or the path is not there), by file name, provided exactly one
// file of the manifest has that name (two files called config.json prove nothing). Then:
//
//   MATCH      found, and its hash equals the hash the vendor stated;
//   MISMATCH   found, and its hash differs from the stated one (the file is not what was promised);
//   DELIVERED  found, and the vendor stated no hash to compare with;
//   MISSING    not in the manifest.
//
// Files no promise claims are listed as not promised. A file is claimed by one promise at most: the
// first, in the order given, that finds it.

export const COMPARISON_OUTCOMES = ["MATCH", "MISMATCH", "DELIVERED", "MISSING"] as const;
export type ComparisonOutcome = (typeof COMPARISON_OUTCOMES)[number];

export interface PromisedAsset {
  id: string;
  name: string;
  expectedPath: string;
  expectedSha256: string | null;
}

export interface ComparisonRow {
  deliverableId: string;
  name: string;
  outcome: ComparisonOutcome;
  /** How the file was found: by the expected path, or by its file name. */
  matchedBy: "path" | "name" | null;
  expectedSha256: string | null;
  file: ManifestFile | null;
}

export interface ManifestComparison {
  rows: ComparisonRow[];
  unpromised: ManifestFile[];
  counts: Record<ComparisonOutcome, number> & { unpromised: number };
}

const baseName = (path: string) => path.slice(path.lastIndexOf("/") + 1);
/** Paths as people type them: no leading ./ or /, forward slashes. */
export const normalisePath = (path: string) =>
  path
    .trim()
    .replaceAll("\\", "/")
    .replace(/^(\.\/|\/)+/, "");

export function compareManifest(promised: readonly PromisedAsset[], files: readonly ManifestFile[]): ManifestComparison {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const byName = new Map<string, ManifestFile[]>();
  for (const f of files) byName.set(baseName(f.path), [...(byName.get(baseName(f.path)) ?? []), f]);
  const claimed = new Set<string>();

  const rows = promised.map((p): ComparisonRow => {
    const path = normalisePath(p.expectedPath);
    let file: ManifestFile | null = null;
    let matchedBy: ComparisonRow["matchedBy"] = null;
    const atPath = path ? byPath.get(path) : undefined;
    if (atPath && !claimed.has(atPath.path)) {
      file = atPath;
      matchedBy = "path";
    } else {
      const name = baseName(path || p.name.trim());
      const named = (byName.get(name) ?? []).filter((f) => !claimed.has(f.path));
      if (name && named.length === 1) {
        file = named[0];
        matchedBy = "name";
      }
    }
    if (file) claimed.add(file.path);
    const outcome: ComparisonOutcome = !file ? "MISSING" : !p.expectedSha256 ? "DELIVERED" : p.expectedSha256 === file.sha256 ? "MATCH" : "MISMATCH";
    return { deliverableId: p.id, name: p.name, outcome, matchedBy, expectedSha256: p.expectedSha256, file };
  });
  const unpromised = files.filter((f) => !claimed.has(f.path));
  const counts = { MATCH: 0, MISMATCH: 0, DELIVERED: 0, MISSING: 0, unpromised: unpromised.length };
  for (const r of rows) counts[r.outcome] += 1;
  return { rows, unpromised, counts };
}
