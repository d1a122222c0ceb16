import Link from "next/link";

/** What the badge shows: the count, up to 99 ("99+" beyond; the link's name says the exact number). */
function badgeText(count: number) {
  return count > 99 ? "99+" : String(count);
}

/**
 * The header's way to the inbox, with the number of unread notifications. Its accessible name says
 * the count ("Inbox, 3 unread"); the visible badge is decoration for that and is not drawn at zero.
 */
export function InboxLink({ unread }: { unread: number }) {
  const name = unread > 0 ? `Inbox, ${unread} unread` : "Inbox";
  return (
    <Link
      href="/inbox"
      aria-label={name}
      title={name}
      data-testid="inbox-link"
      className="relative inline-flex items-center gap-1.5 rounded-md px-2 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="h-5 w-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      <span className="max-lg:sr-only" aria-hidden="true">
        Inbox
      </span>
      {unread > 0 && (
        <span
          aria-hidden="true"
          data-testid="inbox-unread-badge"
          className="absolute -top-0.5 left-5 min-w-[1.25rem] rounded-full bg-red-600 px-1.5 text-center text-[11px] leading-5 font-semibold text-white lg:static lg:ml-0.5"
        >
          {badgeText(unread)}
        </span>
      )}
    </Link>
  );
}
