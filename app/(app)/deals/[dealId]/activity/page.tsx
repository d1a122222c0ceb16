import type { Metadata } from "next";
import Link from "next/link";
import { DealHeader } from "@/components/deals/deal-header";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { controlClass } from "@/components/ui/field";
import { requireActor } from "@/lib/auth/actor";
import { ViaToken } from "@/components/audit/via-token";
import type { ClauseStatus } from "@/lib/domain/enums";
import { AUDIT_ACTION_LABEL, AUDIT_ENTITY_LABEL, changedFields } from "@/lib/format/audit-labels";
import { CLAUSE_STATUS_LABEL } from "@/lib/format/clause-status-labels";
import { orNotFound } from "@/lib/or-not-found";
import { listDealActivity } from "@/lib/services/audit-log";
import { ZActivityQuery } from "@/lib/validation/audit-log";
import { ScrollRegion } from "@/components/ui/scroll-region";

export const metadata: Metadata = { title: "Activity" };

type Search = Record<string, string | string[] | undefined>;

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string" && value in CLAUSE_STATUS_LABEL) return CLAUSE_STATUS_LABEL[value as ClauseStatus];
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 140 ? `${text.slice(0, 140)}…` : text;
}

export default async function ActivityPage({ params, searchParams }: { params: Promise<{ dealId: string }>; searchParams: Promise<Search> }) {
  const { dealId } = await params;
  const search = await searchParams;
  const filter = ZActivityQuery.parse(search);
  const actor = await requireActor();
  const activity = await orNotFound(listDealActivity(actor, dealId, filter));
  const query = new URLSearchParams(
    Object.entries({ entityType: filter.entityType, actorId: filter.actorId, action: filter.action }).filter((e): e is [string, string] => Boolean(e[1])),
  );
  const pageHref = (page: number) => `?${new URLSearchParams([...query, ["page", String(page)]])}`;
  return (
    <>
      <DealHeader
        deal={{ ...activity.deal, archived: false }}
        actions={
          <ButtonLink variant="secondary" href={`/deals/${dealId}/activity/export?${query}`} download>
            Download CSV
          </ButtonLink>
        }
      />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Filter activity">
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-700">What</span>
          <select name="entityType" defaultValue={filter.entityType ?? ""} className={controlClass}>
            <option value="">Everything</option>
            {Object.entries(AUDIT_ENTITY_LABEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-700">Change</span>
          <select name="action" defaultValue={filter.action ?? ""} className={controlClass}>
            <option value="">Any change</option>
            {activity.options.actions.map((a) => (
              <option key={a} value={a}>
                {AUDIT_ACTION_LABEL[a] ?? a}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-700">Who</span>
          <select name="actorId" defaultValue={filter.actorId ?? ""} className={controlClass}>
            <option value="">Anyone</option>
            {activity.options.actors.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-md bg-white px-3.5 py-2 text-sm font-medium shadow-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
          Filter
        </button>
        {query.size > 0 && (
          <Link href={`/deals/${dealId}/activity`} className="py-2 text-sm text-brand-600 hover:underline">
            Clear
          </Link>
        )}
      </form>
      {activity.events.length === 0 ? (
        <EmptyState title="No activity matches" description="Every change to this deal, its clauses and its vendor-response log is recorded here." />
      ) : (
        <Card className="overflow-hidden">
          <ScrollRegion label="Activity">
            <table className="w-full text-left text-sm" data-testid="activity-table">
              <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
                <tr>
                  <th scope="col" className="px-4 py-2.5 font-semibold">
                    When (UTC)
                  </th>
                  <th scope="col" className="px-4 py-2.5 font-semibold">
                    Who
                  </th>
                  <th scope="col" className="px-4 py-2.5 font-semibold">
                    What
                  </th>
                  <th scope="col" className="px-4 py-2.5 font-semibold">
                    Before → after
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {activity.events.map((event) => {
                  const changes = changedFields(event.before, event.after);
                  const subject = (event.after as { clause?: string } | null)?.clause;
                  return (
                    <tr key={event.id} className="align-top" data-testid="activity-row">
                      <td className="whitespace-nowrap px-4 py-3 tabular-nums text-slate-600">{event.createdAt.slice(0, 16).replace("T", " ")}</td>
                      <td className="whitespace-nowrap px-4 py-3 text-slate-900">
                        {event.actor.name}
                        <ViaToken via={event.via} />
                      </td>
                      <td className="px-4 py-3">
                        <div className="font-medium text-slate-900">{AUDIT_ACTION_LABEL[event.action] ?? event.action}</div>
                        {subject && <div className="text-xs text-slate-600">{subject}</div>}
                      </td>
                      <td className="px-4 py-3">
                        <ul className="space-y-0.5">
                          {changes.slice(0, 6).map((c) => (
                            <li key={c.field} className="text-slate-700">
                              <span className="font-medium">{c.field}</span>:{" "}
                              <span className="text-slate-600 line-through decoration-slate-300">{show(c.from)}</span> → {show(c.to)}
                            </li>
                          ))}
                          {changes.length > 6 && <li className="text-xs text-slate-600">and {changes.length - 6} more fields (in the CSV)</li>}
                        </ul>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        </Card>
      )}
      {activity.pageCount > 1 && (
        <nav aria-label="Pagination" className="mt-4 flex items-center justify-between text-sm text-slate-600">
          <span>
            Page {activity.page} of {activity.pageCount} · {activity.total} events
          </span>
          <span className="flex gap-2">
            {activity.page > 1 && (
              <ButtonLink variant="secondary" href={pageHref(activity.page - 1)}>
                Newer
              </ButtonLink>
            )}
            {activity.page < activity.pageCount && (
              <ButtonLink variant="secondary" href={pageHref(activity.page + 1)}>
                Older
              </ButtonLink>
            )}
          </span>
        </nav>
      )}
    </>
  );
}
