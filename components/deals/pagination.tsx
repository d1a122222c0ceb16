import Link from "next/link";
import { cn } from "@/components/ui/cn";

const LINK = "inline-flex items-center rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-inset";

function PageLink({ href, rel, children }: { href: string | null; rel: "prev" | "next"; children: React.ReactNode }) {
  if (!href) {
    return (
      <span aria-disabled="true" className={cn(LINK, "cursor-not-allowed text-slate-600 ring-slate-200")}>
        {children}
      </span>
    );
  }
  return (
    <Link href={href} rel={rel} className={cn(LINK, "bg-white text-slate-800 shadow-sm ring-slate-300 hover:bg-slate-50")}>
      {children}
    </Link>
  );
}

const NUMBER = new Intl.NumberFormat("en");

/** "Showing 26–50 of 1,234 deals" (or another noun) with Previous / Next. */
export function Pagination({
  page,
  pageCount,
  pageSize,
  total,
  shown,
  hrefFor,
  noun = ["deal", "deals"],
}: {
  page: number;
  pageCount: number;
  pageSize: number;
  total: number;
  shown: number;
  hrefFor: (page: number) => string;
  /** What is counted, singular and plural. */
  noun?: [string, string];
}) {
  const first = (page - 1) * pageSize + 1;
  const last = first + shown - 1;
  return (
    <nav aria-label="Pagination" className="mt-4 flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-slate-600" aria-live="polite">
        Showing <span className="font-medium text-slate-900">{NUMBER.format(first)}</span>–
        <span className="font-medium text-slate-900">{NUMBER.format(last)}</span> of{" "}
        <span className="font-medium text-slate-900" data-testid="deal-total">
          {NUMBER.format(total)}
        </span>{" "}
        {total === 1 ? noun[0] : noun[1]}
      </p>
      {pageCount > 1 && (
        <div className="flex items-center gap-2">
          <PageLink href={page > 1 ? hrefFor(page - 1) : null} rel="prev">
            Previous
          </PageLink>
          <span className="text-sm text-slate-600">
            Page {NUMBER.format(page)} of {NUMBER.format(pageCount)}
          </span>
          <PageLink href={page < pageCount ? hrefFor(page + 1) : null} rel="next">
            Next
          </PageLink>
        </div>
      )}
    </nav>
  );
}
