import type { Metadata } from "next";
import Link from "next/link";
import { InboxList } from "@/components/inbox/inbox-list";
import { MarkAllReadButton } from "@/components/inbox/mark-all-read-button";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { listNotifications, unreadNotificationCount } from "@/lib/services/notifications";
import { ZInboxQuery, type TInboxQuery } from "@/lib/validation/notifications";

export const metadata: Metadata = { title: "Inbox" };

type SearchParams = Record<string, string | string[] | undefined>;

function inboxHref(filter: TInboxQuery["filter"], before?: string): string {
  const params = new URLSearchParams();
  if (filter) params.set("filter", filter);
  if (before) params.set("before", before);
  const query = params.toString();
  return query ? `/inbox?${query}` : "/inbox";
}

/** The signed-in person's notifications in the current organisation, newest first. */
export default async function InboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const raw = await searchParams;
  const query = ZInboxQuery.parse(Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])));
  // "Mark all read" covers what had arrived when this page was read from the database.
  const now = new Date();
  const [page, unread] = await Promise.all([listNotifications(actor, query), unreadNotificationCount(actor)]);
  const filters = [
    { filter: undefined, label: "All" },
    { filter: "unread" as const, label: unread > 0 ? `Unread (${unread})` : "Unread" },
  ];
  const organizationName = actor.memberships.find((m) => m.organizationId === actor.organizationId)?.organizationName;

  return (
    <>
      <PageHeader
        title="Inbox"
        description={`What needs you on the deals of ${organizationName ?? "this organisation"}: reviews, mentions, assignments and reminders. Choose how you are told on the notification settings page.`}
        actions={<MarkAllReadButton upTo={now.toISOString()} unread={unread} />}
      />

      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <nav aria-label="Show" className="flex flex-wrap gap-2">
          {filters.map(({ filter, label }) => {
            const current = query.filter === filter;
            return (
              <Link
                key={filter ?? "all"}
                href={inboxHref(filter)}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "rounded-full px-3 py-1 text-sm font-medium ring-1 ring-inset",
                  current ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50",
                )}
              >
                {label}
              </Link>
            );
          })}
        </nav>
        <Link href="/account/notifications" className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
          Notification settings
        </Link>
      </div>

      {page.items.length === 0 ? (
        <EmptyState
          title={query.filter === "unread" ? "Nothing unread" : "No notifications yet"}
          description={
            query.filter === "unread"
              ? "You have read everything. New notifications appear here, and the count in the header goes up."
              : "You are told here when a deal is submitted to you, someone mentions you or assigns you a clause, a review is decided, or a signing date nears."
          }
          action={
            query.filter === "unread" || query.before ? (
              <ButtonLink href="/inbox" variant="secondary">
                Show all notifications
              </ButtonLink>
            ) : undefined
          }
        />
      ) : (
        <>
          <Card>
            <InboxList items={page.items} now={now} />
          </Card>
          {(query.before || page.olderBefore) && (
            <nav aria-label="More notifications" className="mt-4 flex flex-wrap items-center justify-between gap-3">
              {query.before ? (
                <ButtonLink href={inboxHref(query.filter)} variant="secondary">
                  Newest
                </ButtonLink>
              ) : (
                <span />
              )}
              {page.olderBefore && (
                <ButtonLink href={inboxHref(query.filter, page.olderBefore)} variant="secondary">
                  Older notifications
                </ButtonLink>
              )}
            </nav>
          )}
        </>
      )}
    </>
  );
}
