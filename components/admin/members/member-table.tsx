import { Badge } from "@/components/ui/badge";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { formatCalendarDate, formatDateTime, formatRelative } from "@/lib/format/dates";
import { JOINED_VIA_LABEL, signInMethodsLabel } from "@/lib/format/member-labels";
import { ROLE_LABEL } from "@/lib/format/role-labels";
import type { MemberDto } from "@/lib/services/members";
import { ApproverToggle } from "./approver-toggle";
import { MemberActions } from "./member-actions";
import { TABLE_CELL, TableHead } from "@/components/ui/table-head";

/** Every member with their role, status, approver flag, last sign-in and how they sign in; the admin's actions per row. */
export function MemberTable({ members, now }: { members: MemberDto[]; now: Date }) {
  return (
    <ScrollRegion label="Members">
      <table className="min-w-full divide-y divide-slate-200">
        <TableHead columns={["Member", "Role", "Status", "Second approver", "Last sign-in", "Signs in with", "Joined", "Manage"]} />
        <tbody className="divide-y divide-slate-100 bg-white">
          {members.map((m) => (
            <tr key={m.membershipId} data-testid="member-row" data-email={m.email} className={m.disabled ? "bg-slate-50" : undefined}>
              <td className={TABLE_CELL}>
                <div className="flex items-center gap-2 whitespace-nowrap font-medium text-slate-900">
                  {m.name}
                  {m.isYou && <Badge tone="info">you</Badge>}
                </div>
                {/* From tablet width a long address wraps rather than widening the table past the screen; on a phone the table scrolls. */}
                <div className="whitespace-nowrap text-slate-600 md:min-w-[10rem] md:max-w-[13rem] md:whitespace-normal md:[overflow-wrap:anywhere]">
                  {m.email}
                </div>
              </td>
              <td className={`${TABLE_CELL} whitespace-nowrap text-slate-800`}>{ROLE_LABEL[m.role]}</td>
              <td className={TABLE_CELL}>{m.disabled ? <Badge tone="bad">Disabled</Badge> : <Badge tone="good">Active</Badge>}</td>
              <td className={TABLE_CELL}>
                <ApproverToggle member={{ membershipId: m.membershipId, name: m.name, approver: m.approver, role: m.role }} />
              </td>
              <td className={`${TABLE_CELL} whitespace-nowrap text-slate-700`}>
                {m.lastSignInAt ? (
                  <time dateTime={m.lastSignInAt} title={formatDateTime(m.lastSignInAt)}>
                    {formatRelative(m.lastSignInAt, now)}
                  </time>
                ) : (
                  <span className="text-slate-600">Never</span>
                )}
              </td>
              <td className={`${TABLE_CELL} text-slate-700`}>{signInMethodsLabel(m.signInMethods)}</td>
              <td className={`${TABLE_CELL} whitespace-nowrap text-slate-700`}>
                <time dateTime={m.joinedAt} title={formatDateTime(m.joinedAt)}>
                  {formatCalendarDate(m.joinedAt.slice(0, 10))}
                </time>
                <div className="text-xs text-slate-600">{JOINED_VIA_LABEL[m.joinedVia] ?? m.joinedVia}</div>
              </td>
              <td className={TABLE_CELL}>
                <MemberActions member={{ membershipId: m.membershipId, name: m.name, role: m.role, disabled: m.disabled, isYou: m.isYou }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
