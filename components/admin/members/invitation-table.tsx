import { Badge } from "@/components/ui/badge";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { formatDateTime, formatRelative } from "@/lib/format/dates";
import { INVITATION_STATUS_LABEL, INVITATION_STATUS_TONE } from "@/lib/format/member-labels";
import { ROLE_LABEL } from "@/lib/format/role-labels";
import type { InvitationDto } from "@/lib/services/members";
import { InvitationActions } from "./invitation-actions";

const TH = "px-3 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 whitespace-nowrap";
const TD = "px-3 py-3 align-top text-sm";

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
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={TH}>
              Email
            </th>
            <th scope="col" className={TH}>
              Role
            </th>
            <th scope="col" className={TH}>
              Status
            </th>
            <th scope="col" className={TH}>
              Sent
            </th>
            <th scope="col" className={TH}>
              Actions
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 bg-white">
          {invitations.map((i) => (
            <tr key={i.id} data-testid="invitation-row" data-email={i.email}>
              <td className={`${TD} whitespace-nowrap text-slate-900`}>
                {i.email}
                <div className="text-xs text-slate-600">Invited by {i.invitedBy}</div>
              </td>
              <td className={`${TD} whitespace-nowrap text-slate-800`}>{ROLE_LABEL[i.role]}</td>
              <td className={`${TD} whitespace-nowrap`}>
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
              <td className={`${TD} whitespace-nowrap text-slate-700`}>
                <When iso={i.sentAt} now={now} />
                {i.sendCount > 1 && <div className="text-xs text-slate-600">sent {i.sendCount} times</div>}
              </td>
              <td className={TD}>
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
