import { Badge } from "@/components/ui/badge";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { TableHead } from "@/components/ui/table-head";
import { formatDateTime } from "@/lib/format/dates";
import { WEBHOOK_DELIVERY_STATUS_LABEL, WEBHOOK_DELIVERY_STATUS_TONE } from "@/lib/format/webhook-labels";
import type { WebhookDeliveryRow } from "@/lib/services/webhooks";
import { WEBHOOK_EVENT_NAME } from "@/lib/webhooks/events";
import { ResendDeliveryButton } from "./resend-delivery-button";

const TD = "px-3 py-3 align-top text-sm text-slate-700";
const NONE = <span className="text-slate-500">—</span>;

/** An endpoint's deliveries, newest first: what was sent, how it went, and when it is tried next. */
export function DeliveriesTable({ deliveries, canResend }: { deliveries: WebhookDeliveryRow[]; canResend: boolean }) {
  return (
    <ScrollRegion label="Deliveries">
      <table className="min-w-full divide-y divide-slate-200" data-testid="webhook-deliveries">
        <TableHead
          columns={[
            "Created",
            "Event",
            "Status",
            "Attempts",
            "Last answer",
            "Next attempt",
            ...(canResend
              ? [
                  <span key="actions" className="sr-only">
                    Actions
                  </span>,
                ]
              : []),
          ]}
        />
        <tbody className="divide-y divide-slate-100 bg-white">
          {deliveries.map((d) => (
            <tr key={d.id} data-testid="webhook-delivery-row">
              <td className={`${TD} whitespace-nowrap tabular-nums`}>{formatDateTime(d.createdAt)}</td>
              <td className={`${TD} min-w-56`}>
                <code className="text-xs font-medium text-slate-900">{WEBHOOK_EVENT_NAME[d.eventType]}</code>
                <details className="mt-1">
                  <summary className="cursor-pointer text-xs font-medium text-brand-700">Payload</summary>
                  <pre
                    tabIndex={0}
                    role="region"
                    aria-label={`Payload of ${WEBHOOK_EVENT_NAME[d.eventType]}`}
                    className="mt-2 max-w-[70vw] overflow-x-auto whitespace-pre rounded-md bg-slate-50 p-3 font-mono text-xs text-slate-800 ring-1 ring-inset ring-slate-200 sm:max-w-sm"
                  >
                    {d.payload}
                  </pre>
                </details>
              </td>
              <td className={TD}>
                <Badge tone={WEBHOOK_DELIVERY_STATUS_TONE[d.status]}>{WEBHOOK_DELIVERY_STATUS_LABEL[d.status]}</Badge>
                {d.deliveredAt && <p className="mt-1 whitespace-nowrap text-xs tabular-nums text-slate-600">{formatDateTime(d.deliveredAt)}</p>}
              </td>
              <td className={`${TD} text-right tabular-nums`}>{d.attempts}</td>
              <td className={`${TD} min-w-32 max-w-48 break-words text-xs`}>
                {d.lastResponseStatus !== null && <span className="font-medium tabular-nums text-slate-900">HTTP {d.lastResponseStatus}</span>}
                {d.lastError && <p className={d.lastResponseStatus !== null ? "mt-0.5" : ""}>{d.lastError}</p>}
                {d.lastResponseStatus === null && !d.lastError && NONE}
              </td>
              <td className={`${TD} whitespace-nowrap tabular-nums`}>{d.nextAttemptAt ? formatDateTime(d.nextAttemptAt) : NONE}</td>
              {canResend && (
                <td className={TD}>
                  {d.status !== "PENDING" && (
                    <ResendDeliveryButton deliveryId={d.id} event={`${WEBHOOK_EVENT_NAME[d.eventType]} of ${formatDateTime(d.createdAt)}`} />
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
