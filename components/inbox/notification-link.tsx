"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { markNotificationRead } from "@/lib/actions/notifications";

/**
 * A notification's title, linking to what it is about. Opening an unread one marks it read first,
 * then goes there and refreshes the page data, so the header's count is right on arrival. Opened in a
 * new tab (a modifier key, the middle button) it is marked read on the way, without waiting.
 */
export function NotificationLink({
  notificationId,
  href,
  unread,
  children,
}: {
  notificationId: string;
  href: string;
  unread: boolean;
  children: React.ReactNode;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function onClick(event: React.MouseEvent<HTMLAnchorElement>) {
    if (!unread) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) {
      void markNotificationRead({ notificationId }).catch(() => null);
      return;
    }
    event.preventDefault();
    startTransition(async () => {
      // Failing to mark it read must not keep the person from what they came for.
      await markNotificationRead({ notificationId }).catch(() => null);
      router.push(href);
      router.refresh();
    });
  }

  return (
    <Link
      id={`notification-${notificationId}`}
      href={href}
      onClick={onClick}
      onAuxClick={onClick}
      aria-busy={pending || undefined}
      className="text-slate-900 underline-offset-2 hover:text-brand-700 hover:underline focus-visible:underline"
    >
      {children}
    </Link>
  );
}
