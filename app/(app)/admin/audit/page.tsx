import type { Metadata } from "next";
import { AuditFilterForm, type AuditFilterValues } from "@/components/admin/audit-filter-form";
import { AuditTable } from "@/components/admin/audit-table";
import { NotAllowed } from "@/components/admin/not-allowed";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { listOrganizationAudit, organizationAuditOptions } from "@/lib/services/organization-audit";
import { formatCursor, ZOrganizationAuditQuery } from "@/lib/validation/organization-audit";

export const metadata: Metadata = { title: "Audit log" };

type Search = Record<string, string | string[] | undefined>;

function text(value: string | string[] | undefined): string {
  return typeof value === "string" ? value : "";
}

/** The organisation's audit log: every sign-in, membership, settings and deal event, newest first. */
export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor();
  if (!can(actor.role, "audit:organization")) {
    return <NotAllowed actor={actor} title="Audit log" permission="audit:organization" what="read the organisation's audit log" />;
  }
  const search = await searchParams;
  const values: AuditFilterValues = { actorId: text(search.actorId), action: text(search.action), from: text(search.from), to: text(search.to) };
  const filterQuery = new URLSearchParams(Object.entries(values).filter(([, v]) => v));
  const parsed = ZOrganizationAuditQuery.safeParse(search);
  const errors: Partial<Record<string, string[]>> = {};
  if (!parsed.success) for (const issue of parsed.error.issues) (errors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  const [options, page] = await Promise.all([organizationAuditOptions(actor), parsed.success ? listOrganizationAudit(actor, parsed.data) : null]);
  const pageHref = (key: "after" | "before", position: { createdAt: string; id: string }) =>
    `/admin/audit?${new URLSearchParams([...filterQuery, [key, formatCursor(position)]])}`;
  const positionError = errors.after ?? errors.before;
  return (
    <>
      <PageHeader
        eyebrow="Administration"
        title="Audit log"
        description={`Every sign-in, invitation, membership and settings change, and every deal event of ${actor.organizationName}, newest first. Times are in UTC. The log cannot be changed or deleted.`}
        actions={
          parsed.success && (
            <ButtonLink variant="secondary" href={`/admin/audit/export?${filterQuery}`} download>
              Download CSV
            </ButtonLink>
          )
        }
      />
      <AuditFilterForm values={values} errors={errors} people={options.people} actions={options.actions} />
      {!parsed.success && (
        <div className="mb-4">
          <FormMessage tone="error">
            These filters cannot be used: {parsed.error.issues.map((i) => i.message).join("; ")}. Correct them and filter again.
            {positionError && " The page link is broken; start again from the newest events."}
          </FormMessage>
        </div>
      )}
      {page && page.events.length === 0 && (
        <EmptyState
          title="No events match"
          description="Sign-ins, invitations, role changes, settings changes and deal events appear here as they happen. Widen the dates or clear the filters."
        />
      )}
      {page && page.events.length > 0 && <AuditTable events={page.events} />}
      {page && (page.newer || page.older) && (
        <nav aria-label="Pagination" className="mt-4 flex flex-wrap items-center justify-end gap-2 text-sm">
          {page.newer && (
            <>
              <ButtonLink variant="secondary" href={`/admin/audit?${filterQuery}`}>
                Newest
              </ButtonLink>
              <ButtonLink variant="secondary" href={pageHref("before", page.newer)}>
                Newer
              </ButtonLink>
            </>
          )}
          {page.older && (
            <ButtonLink variant="secondary" href={pageHref("after", page.older)}>
              Older
            </ButtonLink>
          )}
        </nav>
      )}
    </>
  );
}
