import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { TableHead } from "@/components/ui/table-head";
import { formatDateTime } from "@/lib/format/dates";
import { plural } from "@/lib/format/plural";
import type { PlaybookVersionSummary } from "@/lib/services/playbook-versions";

const TD = "px-3 py-3 align-top text-sm text-slate-700";

/** Every version of the playbook, newest first. */
export function VersionsTable({ versions }: { versions: PlaybookVersionSummary[] }) {
  return (
    <ScrollRegion label="Playbook versions">
      <table className="min-w-full divide-y divide-slate-200" data-testid="versions-table">
        <TableHead columns={["Version", "Published", "Change summary", "Content", "Deals on it", "Files"]} />
        <tbody className="divide-y divide-slate-100 bg-white">
          {versions.map((v) => (
            <tr key={v.id} data-testid="version-row">
              <td className={`${TD} whitespace-nowrap`}>
                <Link href={`/playbook/versions/${v.version}`} className="font-medium text-brand-700 underline">
                  Version {v.version}
                </Link>
                {v.isCurrent && (
                  <div className="mt-1">
                    <Badge tone="good">Current</Badge>
                  </div>
                )}
              </td>
              <td className={`${TD} whitespace-nowrap`}>
                <div className="tabular-nums">{formatDateTime(v.publishedAt)}</div>
                <div className="text-xs text-slate-600">{v.publishedBy ? `by ${v.publishedBy}` : "The starting playbook"}</div>
              </td>
              <td className={`${TD} min-w-64 max-w-prose whitespace-pre-line break-words`}>
                {v.changeSummary || <span className="text-slate-600">The playbook the organisation started with.</span>}
              </td>
              <td className={`${TD} min-w-36 text-xs`}>
                {plural(v.clauseCount, "clause")}, {plural(v.scenarioCount, "scenario")}, {plural(v.pitchCount, "pitch", "pitches")},{" "}
                {plural(v.stepCount, "process step")}
              </td>
              <td className={`${TD} text-right tabular-nums`}>{v.dealCount}</td>
              <td className={`${TD} whitespace-nowrap`}>
                <a href={`/playbook/versions/${v.version}/export`} className="text-brand-700 underline" download>
                  JSON<span className="sr-only"> of version {v.version}</span>
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
