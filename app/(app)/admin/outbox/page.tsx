import type { Metadata } from "next";
import Link from "next/link";
import { NotAllowed } from "@/components/admin/not-allowed";
import { OutboxTable } from "@/components/admin/outbox-table";
import { Pagination } from "@/components/deals/pagination";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { OUTBOX_STATUSES, type OutboxStatus } from "@/lib/domain/enums";
import { OUTBOX_STATUS_LABEL } from "@/lib/format/outbox-labels";
import { listOutbox, mailDelivery } from "@/lib/services/outbox";
import { ZOutboxQuery } from "@/lib/validation/organization";

export const metadata: Metadata = { title: "Outbox" };

/** A standing banner (not an alert: nothing happened, it says how things are). */
function Notice({ tone, children }: { tone: "warning" | "info"; children: React.ReactNode }) {
  const tones = { warning: "bg-amber-50 text-amber-900 ring-amber-200", info: "bg-sky-50 text-sky-900 ring-sky-200" };
  return <p className={cn("rounded-md px-3 py-2 text-sm ring-1 ring-inset", tones[tone])}>{children}</p>;
}

type SearchParams = Record<string, string | string[] | undefined>;

function outboxHref(status: OutboxStatus | undefined, page = 1): string {
  const params = new URLSearchParams();
  if (status) params.set("status", status);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/admin/outbox?${query}` : "/admin/outbox";
}

/** The organisation's email: invitations it sent and its members' account mail, newest first. */
export default async function OutboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (!can(actor.role, "outbox:read")) return <NotAllowed actor={actor} title="Outbox" permission="outbox:read" what="read the organisation's email" />;
  const raw = await searchParams;
  const query = ZOutboxQuery.parse(Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])));
  const list = await listOutbox(actor, query);
  const delivery = mailDelivery();

  return (
    <>
      <PageHeader
        eyebrow="Administration"
        title="Outbox"
        description="Email the app sent for this organisation and its members: invitations, password resets and notices about their accounts."
      />
      <div className="mb-5" data-testid="mail-mode">
        {delivery.mode === "outbox" ? (
          <Notice tone="warning">
            No mail server is configured: messages are kept here and not sent — copy a link from a message to try it. Whoever runs the app sets{" "}
            <code className="text-xs">SMTP_URL</code> to send them.
          </Notice>
        ) : (
          <Notice tone="info">Mail is sent through {delivery.server}. Links that work once are removed from the copy kept here when a message is sent.</Notice>
        )}
      </div>

      <nav aria-label="Filter by status" className="mb-4 flex flex-wrap gap-2">
        {[undefined, ...OUTBOX_STATUSES].map((status) => {
          const current = query.status === status;
          return (
            <Link
              key={status ?? "all"}
              href={outboxHref(status)}
              aria-current={current ? "page" : undefined}
              className={cn(
                "rounded-full px-3 py-1 text-sm font-medium ring-1 ring-inset",
                current ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50",
              )}
            >
              {status ? OUTBOX_STATUS_LABEL[status] : "All"}
            </Link>
          );
        })}
      </nav>

      {list.items.length === 0 ? (
        <EmptyState
          title={query.status ? `No ${OUTBOX_STATUS_LABEL[query.status].toLowerCase()} messages` : "No email yet"}
          description="Invitations to this organisation and password resets of its members appear here once they are queued."
        />
      ) : (
        <>
          <Card>
            <OutboxTable messages={list.items} />
          </Card>
          <Pagination
            page={list.page}
            pageCount={list.pageCount}
            pageSize={list.pageSize}
            total={list.total}
            shown={list.items.length}
            hrefFor={(page) => outboxHref(query.status, page)}
            noun={["message", "messages"]}
          />
        </>
      )}
    </>
  );
}
