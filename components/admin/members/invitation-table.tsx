import { Badge } from "@/components/ui/badge";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { formatDateTime, formatRelative } from "@/lib/format/dates";
import { INVITATION_STATUS_LABEL, INVITATION_STATUS_TONE } from "@/lib/format/member-labels";
import { ROLE_LABEL } from "@/lib/format/role-labels";
import type { InvitationDto } from "@/lib/services/members";
import { InvitationActions } from "./invitation-actions";
import { TABLE_CELL, TableHead } from "@/components/ui/table-head";

function When({ iso, now }: { iso: string; now: Date }) {
  return (
    <time dateTime={iso} title={formatDateTime(iso)}>
      {formatRelative(iso, now)}
    </time>
  );
}

/** Invitations, open ones first: re-send or revoke while they are not accepted or revoked. */
export function InvitationTable({ invitations, now }: { invitations: InvitationDto[]; now: Date }) {
  return (
    <ScrollRegion label="Invitations">
      <table className="min-w-full divide-y divide-slate-200">
        <TableHead columns={["Email", "Role", "Status", "Sent", "Actions"]} />
        <tbody className="divide-y divide-slate-100 bg-white">
          {invitations.map((i) => (
            <tr key={i.id} data-testid="invitation-row" data-email={i.email}>
              <td
                className={`${TABLE_CELL} whitespace-nowrap text-slate-900 md:min-w-[12rem] md:max-w-[18rem] md:whitespace-normal md:[overflow-wrap:anywhere]`}
              >
                {i.email}
                <div className="text-xs text-slate-600">Invited by {i.invitedBy}</div>
              </td>
              <td className={`${TABLE_CELL} whitespace-nowrap text-slate-800`}>{ROLE_LABEL[i.role]}</td>
              <td className={`${TABLE_CELL} whitespace-nowrap`}>
                <Badge tone={INVITATION_STATUS_TONE[i.status]}>{INVITATION_STATUS_LABEL[i.status]}</Badge>
                <div className="mt-1 text-xs text-slate-600">
                  {i.status === "open" && (
                    <>
                      Expires <When iso={i.expiresAt} now={now} />
                    </>
                  )}
                  {i.status === "expired" && (
                    <>
                      Expired <When iso={i.expiresAt} now={now} />
                    </>
                  )}
                  {i.status === "accepted" && i.acceptedAt && <When iso={i.acceptedAt} now={now} />}
                  {i.status === "revoked" && i.revokedAt && <When iso={i.revokedAt} now={now} />}
                </div>
              </td>
              <td className={`${TABLE_CELL} whitespace-nowrap text-slate-700`}>
                <When iso={i.sentAt} now={now} />
                {i.sendCount > 1 && <div className="text-xs text-slate-600">sent {i.sendCount} times</div>}
              </td>
              <td className={TABLE_CELL}>
                {i.status === "open" || i.status === "expired" ? (
                  <InvitationActions invitationId={i.id} email={i.email} />
                ) : (
                  <span className="text-slate-600">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
