import type { Metadata } from "next";
import Link from "next/link";
import { NotAllowed } from "@/components/admin/not-allowed";
import { RegisterWebhookForm } from "@/components/admin/webhooks/webhook-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/format/dates";
import { WEBHOOK_DELIVERY_STATUS_LABEL, WEBHOOK_DELIVERY_STATUS_TONE } from "@/lib/format/webhook-labels";
import { listWebhooks } from "@/lib/services/webhooks";
import { WEBHOOK_EVENT_NAME } from "@/lib/webhooks/events";

export const metadata: Metadata = { title: "Webhooks" };

/** The organisation's webhook endpoints, and the form that registers one. */
export default async function WebhooksPage() {
  const actor = await requireActor();
  if (!can(actor.role, "webhook:manage"))
    return <NotAllowed actor={actor} title="Webhooks" permission="webhook:manage" what="manage the organisation's webhooks" />;
  const webhooks = await listWebhooks(actor);
  return (
    <>
      <PageHeader
        eyebrow={
          <Link href="/admin" className="underline hover:text-slate-900">
            ← Administration
          </Link>
        }
        title="Webhooks"
        description="Endpoints of your other systems that are told when deals change: each delivery is signed, retried with back-off when it fails, and listed here."
      />
      <div className="space-y-6">
        <section aria-labelledby="webhooks-endpoints">
          <h2 id="webhooks-endpoints" className="mb-3 text-base font-semibold text-slate-900">
            Endpoints
          </h2>
          {webhooks.length === 0 ? (
            <EmptyState title="No webhooks yet" description="Register an endpoint below to have deal events sent to it." />
          ) : (
            <ul className="space-y-3" aria-label="Webhook endpoints" data-testid="webhook-list">
              {webhooks.map((w) => (
                <li key={w.id}>
                  <Card className="relative p-4 transition hover:ring-brand-300">
                    <div className="flex flex-wrap items-start justify-between gap-3">
                      <div className="min-w-0">
                        <h3 className="font-mono text-sm font-semibold text-slate-900 [overflow-wrap:anywhere]">
                          <Link href={`/admin/webhooks/${w.id}`} className="after:absolute after:inset-0 focus:outline-none focus-visible:underline">
                            {w.url}
                          </Link>
                        </h3>
                        {w.description && <p className="mt-0.5 text-sm text-slate-600">{w.description}</p>}
                      </div>
                      <div className="flex flex-wrap items-center gap-2">
                        {w.active ? <Badge tone="good">Active</Badge> : <Badge tone="muted">Switched off</Badge>}
                        {w.lastDelivery ? (
                          <Badge tone={WEBHOOK_DELIVERY_STATUS_TONE[w.lastDelivery.status]}>
                            Last delivery: {WEBHOOK_DELIVERY_STATUS_LABEL[w.lastDelivery.status].toLowerCase()}
                          </Badge>
                        ) : (
                          <Badge tone="open">No deliveries yet</Badge>
                        )}
                      </div>
                    </div>
                    <p className="mt-2 flex flex-wrap gap-1.5" aria-label="Events">
                      {w.events.map((e) => (
                        <code key={e} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
                          {WEBHOOK_EVENT_NAME[e]}
                        </code>
                      ))}
                    </p>
                    {w.lastDelivery && (
                      <p className="mt-2 text-xs text-slate-600">
                        Last attempt {formatDateTime(w.lastDelivery.at)}
                        {w.lastDelivery.responseStatus !== null && ` · HTTP ${w.lastDelivery.responseStatus}`}
                      </p>
                    )}
                  </Card>
                </li>
              ))}
            </ul>
          )}
        </section>

        <Card className="p-5">
          <h2 className="text-base font-semibold text-slate-900">Register an endpoint</h2>
          <p className="mt-0.5 mb-5 text-sm text-slate-600">
            Deliveries are POSTed as JSON and signed with a secret shown once, when the endpoint is registered. The{" "}
            <Link href="/docs/api#webhooks" className="font-medium text-brand-700 underline">
              API reference
            </Link>{" "}
            describes the events, their payloads and how to check a signature.
          </p>
          <RegisterWebhookForm />
        </Card>
      </div>
    </>
  );
}
