import Link from "next/link";
import { Card } from "@/components/ui/card";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { auditActionLabel } from "@/lib/format/audit-labels";
import { auditEntityLabel, auditSummary } from "@/lib/format/audit-summary";
import type { OrganizationAuditEventDto } from "@/lib/services/organization-audit";
import { ViaToken } from "@/components/audit/via-token";

const TH = "px-4 py-2.5 font-semibold";

/** "2026-12-01 12:53:07.412": the exact time, in UTC like the column header says. */
function exactTime(iso: string): string {
  return iso.replace("T", " ").replace("Z", "");
}

function json(value: unknown): string {
  return value === null || value === undefined ? "—" : JSON.stringify(value, null, 2);
}

function What({ event }: { event: OrganizationAuditEventDto }) {
  const summary = auditSummary(event);
  return (
    <>
      <div className="text-slate-900">
        {event.dealId ? (
          <Link href={`/deals/${event.dealId}`} className="font-medium text-brand-700 hover:underline">
            {event.dealName ?? "Deal"}
          </Link>
        ) : (
          <span className="font-medium">{auditEntityLabel(event.entityType)}</span>
        )}
        {event.dealId && event.entityType !== "Deal" && <span className="text-slate-600"> · {auditEntityLabel(event.entityType)}</span>}
      </div>
      {summary.lines.length > 0 && (
        <ul className="mt-0.5 space-y-0.5 break-words text-slate-700">
          {summary.lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
          {summary.more > 0 && <li className="text-xs text-slate-600">and {summary.more} more (in the details and the CSV)</li>}
        </ul>
      )}
    </>
  );
}

function EventDetails({ event }: { event: OrganizationAuditEventDto }) {
  return (
    <details className="text-xs">
      <summary className="cursor-pointer whitespace-nowrap text-brand-700 hover:underline">Details</summary>
      <dl className="mt-2 w-72 max-w-full space-y-1 text-slate-700">
        <dt className="font-semibold">Action</dt>
        <dd className="font-mono">{event.action}</dd>
        <dt className="font-semibold">{auditEntityLabel(event.entityType)} id</dt>
        <dd className="font-mono break-all">{event.entityId}</dd>
        <dt className="font-semibold">Before</dt>
        <dd>
          <pre className="max-h-48 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2">{json(event.before)}</pre>
        </dd>
        <dt className="font-semibold">After</dt>
        <dd>
          <pre className="max-h-48 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2">{json(event.after)}</pre>
        </dd>
      </dl>
    </details>
  );
}

/** Phones: one card per event instead of a table that would scroll sideways. */
function AuditList({ events }: { events: OrganizationAuditEventDto[] }) {
  return (
    <Card className="md:hidden">
      <ul className="divide-y divide-slate-100" aria-label="Audit events">
        {events.map((event) => (
          <li key={event.id} className="space-y-1 p-4 text-sm" data-testid="audit-item">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3">
              <span className="font-medium text-slate-900">{auditActionLabel(event.action)}</span>
              <time dateTime={event.createdAt} className="text-xs tabular-nums text-slate-600">
                {exactTime(event.createdAt)} UTC
              </time>
            </div>
            <div className="text-slate-700">{event.actor.name}</div>
            <ViaToken via={event.via} />
            <What event={event} />
            <EventDetails event={event} />
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** The organisation's audit events, newest first, with the full before/after of each behind a disclosure. */
export function AuditTable({ events }: { events: OrganizationAuditEventDto[] }) {
  return (
    <>
      <AuditList events={events} />
      <AuditEventsTable events={events} />
    </>
  );
}

function AuditEventsTable({ events }: { events: OrganizationAuditEventDto[] }) {
  return (
    <Card className="hidden overflow-hidden md:block">
      <ScrollRegion label="Audit events">
        <table className="w-full min-w-[52rem] text-left text-sm" data-testid="audit-table">
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className={TH}>
                Time (UTC)
              </th>
              <th scope="col" className={TH}>
                Person
              </th>
              <th scope="col" className={TH}>
                Action
              </th>
              <th scope="col" className={TH}>
                What
              </th>
              <th scope="col" className={TH}>
                <span className="sr-only">Details</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {events.map((event) => (
              <tr key={event.id} className="align-top" data-testid="audit-row" data-action={event.action}>
                <td className="whitespace-nowrap px-4 py-3 tabular-nums text-slate-600">
                  <time dateTime={event.createdAt}>{exactTime(event.createdAt)}</time>
                </td>
                <td className="whitespace-nowrap px-4 py-3 text-slate-900">
                  {event.actor.name}
                  <ViaToken via={event.via} />
                </td>
                <td className="whitespace-nowrap px-4 py-3 font-medium text-slate-900">{auditActionLabel(event.action)}</td>
                <td className="max-w-md px-4 py-3">
                  <What event={event} />
                </td>
                <td className="px-4 py-3">
                  <EventDetails event={event} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </Card>
  );
}
