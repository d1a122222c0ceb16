import { Badge } from "@/components/ui/badge";
import { COMPARISON_OUTCOME_LABEL, COMPARISON_OUTCOME_TONE, formatBytes } from "@/lib/format/asset-labels";
import { formatDateTime } from "@/lib/format/dates";
import type { ManifestImportDto } from "@/lib/services/assets-page";
import { FullHash, ShortHash } from "./hash";

/** One imported manifest against the promise as it stood then: mismatches first and unmistakable. */
export function ManifestComparisonView({ item }: { item: ManifestImportDto }) {
  const { rows, unpromised, counts } = item.comparison;
  const order = { MISMATCH: 0, MISSING: 1, DELIVERED: 2, MATCH: 3 } as const;
  const sorted = [...rows].sort((a, b) => order[a.outcome] - order[b.outcome]);
  return (
    <div data-testid="manifest-import">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-sm text-slate-700">
          <span className="font-medium text-slate-900">{item.fileName}</span> · {item.fileCount} files · {item.by}, {formatDateTime(item.at)}
        </p>
        <p className="text-xs text-slate-600">
          Manifest SHA-256 <ShortHash value={item.manifestSha256} />
        </p>
      </div>
      <p className="mt-2 flex flex-wrap gap-1.5 text-sm">
        {(["MISMATCH", "MISSING", "DELIVERED", "MATCH"] as const).map((o) => (
          <Badge key={o} tone={counts[o] ? COMPARISON_OUTCOME_TONE[o] : "muted"}>
            {counts[o]} {COMPARISON_OUTCOME_LABEL[o].toLowerCase()}
          </Badge>
        ))}
        <Badge tone="muted">{counts.unpromised} not promised</Badge>
      </p>
      {sorted.length > 0 && (
        <ul className="mt-3 divide-y divide-slate-100 rounded-lg ring-1 ring-slate-200">
          {sorted.map((r) => (
            <li
              key={r.deliverableId}
              className={r.outcome === "MISMATCH" ? "bg-red-50 px-3 py-2.5" : "px-3 py-2.5"}
              data-testid="comparison-row"
              data-outcome={r.outcome}
            >
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <Badge tone={COMPARISON_OUTCOME_TONE[r.outcome]}>{COMPARISON_OUTCOME_LABEL[r.outcome]}</Badge>
                <span className="font-medium text-slate-900">{r.name}</span>
                {r.file && (
                  <span className="min-w-0 break-all text-slate-600">
                    {r.file.path} · {formatBytes(r.file.size)}
                    {r.matchedBy === "name" && " (found by file name)"}
                  </span>
                )}
              </div>
              {r.outcome === "MISMATCH" && r.file && r.expectedSha256 && (
                <div className="mt-2 grid gap-1 text-sm text-red-900 sm:grid-cols-2 sm:gap-4">
                  <div className="min-w-0">
                    <p className="font-medium">Expected (vendor-stated)</p>
                    <FullHash value={r.expectedSha256} />
                  </div>
                  <div className="min-w-0">
                    <p className="font-medium">Received</p>
                    <FullHash value={r.file.sha256} />
                  </div>
                </div>
              )}
              {r.outcome === "MATCH" && r.file && (
                <p className="mt-1 text-xs text-slate-600">
                  <ShortHash value={r.file.sha256} />
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {unpromised.length > 0 && (
        <details className="mt-3 text-sm text-slate-700">
          <summary className="cursor-pointer font-medium">
            {unpromised.length} file{unpromised.length === 1 ? "" : "s"} not on the manifest of promises
          </summary>
          <ul className="mt-2 space-y-1">
            {unpromised.slice(0, 50).map((f) => (
              <li key={f.path} className="break-all">
                {f.path} · {formatBytes(f.size)} · <ShortHash value={f.sha256} />
              </li>
            ))}
            {unpromised.length > 50 && <li>…and {unpromised.length - 50} more</li>}
          </ul>
        </details>
      )}
    </div>
  );
}
