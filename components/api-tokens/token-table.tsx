import { Badge } from "@/components/ui/badge";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { TABLE_CELL, TableHead } from "@/components/ui/table-head";
import { SCOPE_LABEL, SCOPE_TONE, TOKEN_STATUS_LABEL, TOKEN_STATUS_TONE } from "@/lib/format/api-token-labels";
import { formatDateTime, formatRelative } from "@/lib/format/dates";
import type { ApiTokenDto } from "@/lib/services/api-tokens";
import { RevokeTokenButton } from "./revoke-token-button";

function When({ iso, now }: { iso: string; now: Date }) {
  return (
    <time dateTime={iso} title={formatDateTime(iso)}>
      {formatRelative(iso, now)}
    </time>
  );
}

/** The last calls made with a token, behind a disclosure (most tokens are looked at for their status, not their log). */
function RecentUses({ token, now }: { token: ApiTokenDto; now: Date }) {
  if (!token.recentUses.length) return null;
  return (
    <details className="mt-1 text-xs text-slate-600">
      <summary className="cursor-pointer text-brand-700 hover:underline">
        Last {token.recentUses.length === 1 ? "use" : `${token.recentUses.length} uses`}
        <span className="sr-only"> of {token.name}</span>
      </summary>
      <ol className="mt-1 space-y-0.5" aria-label={`Recent uses of ${token.name}`}>
        {token.recentUses.map((use, i) => (
          <li key={i} className="whitespace-nowrap font-mono">
            <When iso={use.at} now={now} /> · {use.method} {use.path} · <span className={use.status >= 400 ? "text-red-700" : ""}>{use.status}</span>
            {use.address ? ` · ${use.address}` : ""}
          </li>
        ))}
      </ol>
    </details>
  );
}

/**
 * Tokens with their name and prefix, scopes, dates, last use and status; `showOwner` for the admin's
 * list of everyone's personal tokens. Live tokens get a Revoke button.
 */
export function TokenTable({ tokens, now, label, showOwner = false }: { tokens: ApiTokenDto[]; now: Date; label: string; showOwner?: boolean }) {
  const columns = ["Token", ...(showOwner ? ["Owner"] : []), "Scopes", "Created", "Expires", "Last used", "Status", "Actions"];
  return (
    <ScrollRegion label={label}>
      <table className="min-w-full divide-y divide-slate-200">
        <TableHead columns={columns} />
        <tbody className="divide-y divide-slate-100 bg-white">
          {tokens.map((t) => (
            <tr key={t.id} data-testid="token-row" data-token-name={t.name} data-status={t.status}>
              <td className={`${TABLE_CELL} min-w-[12rem] max-w-[18rem] text-slate-900 [overflow-wrap:anywhere]`}>
                <div className="font-medium">{t.name}</div>
                <div className="font-mono text-xs text-slate-600">{t.prefix}…</div>
              </td>
              {showOwner && (
                <td className={`${TABLE_CELL} min-w-[10rem] text-slate-800 [overflow-wrap:anywhere]`}>
                  {t.owner.name}
                  {t.isYours && <span className="text-slate-600"> (you)</span>}
                  <div className="text-xs text-slate-600">{t.owner.email}</div>
                </td>
              )}
              <td className={`${TABLE_CELL} whitespace-nowrap`}>
                <span className="flex gap-1">
                  {t.scopes.map((scope) => (
                    <Badge key={scope} tone={SCOPE_TONE[scope]}>
                      {SCOPE_LABEL[scope]}
                    </Badge>
                  ))}
                </span>
              </td>
              <td className={`${TABLE_CELL} whitespace-nowrap text-slate-700`}>
                <When iso={t.createdAt} now={now} />
                {t.kind === "SERVICE" && <div className="text-xs text-slate-600">by {t.createdBy}</div>}
              </td>
              <td className={`${TABLE_CELL} whitespace-nowrap text-slate-700`}>
                {t.expiresAt ? <When iso={t.expiresAt} now={now} /> : <Badge tone="warn">Never</Badge>}
              </td>
              <td className={`${TABLE_CELL} text-slate-700`} data-testid="token-last-used">
                {t.lastUsedAt ? (
                  <>
                    <When iso={t.lastUsedAt} now={now} />
                    {t.lastUsedAddress && <div className="font-mono text-xs text-slate-600">from {t.lastUsedAddress}</div>}
                  </>
                ) : (
                  <span className="text-slate-600">Never used</span>
                )}
                <RecentUses token={t} now={now} />
              </td>
              <td className={`${TABLE_CELL} whitespace-nowrap`}>
                <Badge tone={TOKEN_STATUS_TONE[t.status]}>{TOKEN_STATUS_LABEL[t.status]}</Badge>
                {t.status === "revoked" && t.revokedAt && (
                  <div className="mt-1 text-xs text-slate-600">
                    <When iso={t.revokedAt} now={now} />
                    {t.revokedBy && ` by ${t.revokedBy}`}
                  </div>
                )}
              </td>
              <td className={TABLE_CELL}>
                {t.status === "active" ? (
                  <RevokeTokenButton tokenId={t.id} name={t.name} owner={showOwner && !t.isYours ? t.owner.name : null} />
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
