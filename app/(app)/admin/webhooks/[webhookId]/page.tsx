import type { Metadata } from "next";
import Link from "next/link";
import { NotAllowed } from "@/components/admin/not-allowed";
import { DeliveriesTable } from "@/components/admin/webhooks/deliveries-table";
import { EditWebhookForm } from "@/components/admin/webhooks/webhook-form";
import { DeleteWebhook, RollSecret } from "@/components/admin/webhooks/webhook-secret-and-delete";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/format/dates";
import { orNotFound } from "@/lib/or-not-found";
import { getWebhook } from "@/lib/services/webhooks";

export const metadata: Metadata = { title: "Webhook" };

/** One endpoint: its settings, its secret, and its deliveries with their status. */
export default async function WebhookPage({ params }: { params: Promise<{ webhookId: string }> }) {
  const { webhookId } = await params;
  const actor = await requireActor();
  if (!can(actor.role, "webhook:manage"))
    return <NotAllowed actor={actor} title="Webhook" permission="webhook:manage" what="manage the organisation's webhooks" />;
  const { webhook, deliveries } = await orNotFound(getWebhook(actor, webhookId));
  return (
    <>
      <PageHeader
        eyebrow={
          <Link href="/admin/webhooks" className="underline hover:text-slate-900">
            ← Webhooks
          </Link>
        }
        title={<span className="font-mono text-xl [overflow-wrap:anywhere] sm:text-2xl">{webhook.url}</span>}
        description={`${webhook.description ? `${webhook.description} · ` : ""}Registered ${formatDateTime(webhook.createdAt)}`}
      />
      <div className="space-y-6">
        <Card className="p-5">
          <div className="mb-5 flex flex-wrap items-center justify-between gap-2">
            <h2 className="text-base font-semibold text-slate-900">Settings</h2>
            {webhook.active ? <Badge tone="good">Active</Badge> : <Badge tone="muted">Switched off</Badge>}
          </div>
          <EditWebhookForm
            webhook={{
              webhookId: webhook.id,
              version: webhook.version,
              url: webhook.url,
              description: webhook.description,
              events: webhook.events,
              active: webhook.active,
            }}
          />
        </Card>

        <section aria-labelledby="webhook-deliveries">
          <h2 id="webhook-deliveries" className="mb-1 text-base font-semibold text-slate-900">
            Deliveries
          </h2>
          <p className="mb-3 text-sm text-slate-600">
            The latest 50, newest first. A failed attempt is retried after 1 min, 5 min, 30 min, 2 h, 6 h, 12 h and 24 h, then the delivery is failed. Re-send
            sends an event again with the same event id.
          </p>
          {deliveries.length === 0 ? (
            <EmptyState title="No deliveries yet" description="Events this endpoint subscribes to appear here once they happen." />
          ) : (
            <Card>
              <DeliveriesTable deliveries={deliveries} canResend={webhook.active} />
            </Card>
          )}
        </section>

        <div className="grid gap-6 md:grid-cols-2">
          <Card className="p-5">
            <h2 className="text-base font-semibold text-slate-900">Signing secret</h2>
            <p className="mt-0.5 mb-4 text-sm text-slate-600">
              Shown only when made. Roll it if it may have leaked, or if you lost it: the new one is shown once and signs every delivery from then on.
            </p>
            <RollSecret webhookId={webhook.id} version={webhook.version} />
          </Card>
          <Card className="p-5">
            <h2 className="text-base font-semibold text-slate-900">Delete</h2>
            <p className="mt-0.5 mb-4 text-sm text-slate-600">Stops all deliveries to this endpoint and removes its delivery history.</p>
            <DeleteWebhook webhookId={webhook.id} version={webhook.version} url={webhook.url} />
          </Card>
        </div>
      </div>
    </>
  );
}
