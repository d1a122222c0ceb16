import { Badge } from "@/components/ui/badge";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { formatDateTime } from "@/lib/format/dates";
import { OUTBOX_STATUS_LABEL, OUTBOX_STATUS_TONE, outboxKindLabel } from "@/lib/format/outbox-labels";
import type { OutboxMessageDto } from "@/lib/services/outbox";
import { RetryMessageButton } from "./retry-message-button";
import { TableHead } from "@/components/ui/table-head";

// Up to a bracket too: a sent message's link ends where "[link removed after sending]" begins.
const URL_PATTERN = /(https?:\/\/[^\s<>"[\]]+)/g;

/** The message's plain text with its links clickable. */
function MessageText({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <pre className="mt-2 max-w-prose whitespace-pre-wrap break-words rounded-md bg-slate-50 p-3 font-sans text-xs text-slate-800 ring-1 ring-inset ring-slate-200">
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part} className="break-all font-medium text-brand-700 underline">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </pre>
  );
}

const TD = "px-3 py-3 align-top text-sm text-slate-700";

export function OutboxTable({ messages }: { messages: OutboxMessageDto[] }) {
  return (
    <ScrollRegion label="Messages">
      <table className="min-w-full divide-y divide-slate-200" data-testid="outbox-table">
        <TableHead columns={["Created", "To", "Subject", "Kind", "Status", "Last error", "Sent at"]} />
        <tbody className="divide-y divide-slate-100 bg-white">
          {messages.map((m) => (
            <tr key={m.id} data-testid="outbox-row">
              <td className={`${TD} whitespace-nowrap tabular-nums`}>{formatDateTime(m.createdAt)}</td>
              <td className={`${TD} min-w-44 [overflow-wrap:anywhere]`}>{m.to}</td>
              <td className={`${TD} min-w-56`}>
                <span className="font-medium text-slate-900">{m.subject}</span>
                {m.text !== null && (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-xs font-medium text-brand-700">Show message</summary>
                    <MessageText text={m.text} />
                  </details>
                )}
              </td>
              <td className={`${TD} whitespace-nowrap`}>{outboxKindLabel(m.kind)}</td>
              <td className={TD}>
                <div className="space-y-2">
                  <Badge tone={OUTBOX_STATUS_TONE[m.status]}>{OUTBOX_STATUS_LABEL[m.status]}</Badge>
                  {m.status === "FAILED" && <RetryMessageButton messageId={m.id} to={m.to} />}
                </div>
              </td>
              <td className={`${TD} text-right tabular-nums`}>{m.attempts}</td>
              <td className={`${TD} min-w-36 max-w-56 break-words text-xs`}>{m.lastError ?? <span className="text-slate-500">—</span>}</td>
              <td className={`${TD} whitespace-nowrap tabular-nums`}>{m.sentAt ? formatDateTime(m.sentAt) : <span className="text-slate-500">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
