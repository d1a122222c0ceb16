import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { formatDateTime, formatRelative } from "@/lib/format/dates";
import { NOTIFICATION_KIND_SHORT_LABEL, NOTIFICATION_KIND_TONE } from "@/lib/format/notification-labels";
import type { NotificationItem } from "@/lib/services/notifications";
import { KindIcon } from "./kind-icon";
import { MarkReadButton } from "./mark-read-button";
import { NotificationLink } from "./notification-link";

/** One page of the inbox: unread ones stand out (tinted, bold, marked "Unread" in words too). */
export function InboxList({ items, now }: { items: NotificationItem[]; now: Date }) {
  return (
    <ul className="divide-y divide-slate-100" aria-label="Notifications" data-testid="inbox-list">
      {items.map((item) => {
        const unread = !item.read;
        return (
          <li key={item.id} data-testid="notification" data-unread={unread} className={cn("flex gap-3 px-4 py-4 sm:px-5", unread && "bg-brand-50/60")}>
            <KindIcon kind={item.kind} unread={unread} />
            <div className="min-w-0 flex-1">
              <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600">
                <Badge tone={NOTIFICATION_KIND_TONE[item.kind]}>{NOTIFICATION_KIND_SHORT_LABEL[item.kind]}</Badge>
                {unread && (
                  <span className="inline-flex items-center gap-1 font-semibold text-brand-700">
                    <span aria-hidden="true" className="h-2 w-2 rounded-full bg-brand-600" />
                    Unread
                  </span>
                )}
                <time dateTime={item.createdAt} title={formatDateTime(item.createdAt)}>
                  {formatRelative(item.createdAt, now)}
                </time>
              </div>
              <h2 className={cn("mt-1 text-sm break-words", unread ? "font-semibold text-slate-900" : "font-medium text-slate-700")}>
                {item.link ? (
                  <NotificationLink notificationId={item.id} href={item.link} unread={unread}>
                    {item.title}
                  </NotificationLink>
                ) : (
                  item.title
                )}
              </h2>
              {item.body && <p className="mt-1 text-sm break-words whitespace-pre-line text-slate-700">{item.body}</p>}
              <p className="mt-1.5 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600">
                {item.deal && (
                  <span className="min-w-0 break-words">
                    Deal:{" "}
                    <Link href={`/deals/${item.deal.id}`} className="font-medium text-slate-700 underline underline-offset-2 hover:text-brand-700">
                      {item.deal.name}
                    </Link>
                  </span>
                )}
                <span>{item.actorName ? `From ${item.actorName}` : "Reminder from Dealplaybook"}</span>
              </p>
            </div>
            {unread && <MarkReadButton notificationId={item.id} title={item.title} />}
          </li>
        );
      })}
    </ul>
  );
}
