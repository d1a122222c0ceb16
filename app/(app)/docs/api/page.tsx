import type { Metadata } from "next";
import { headers } from "next/headers";
import { NotAllowed } from "@/components/admin/not-allowed";
import { ApiIntro } from "@/components/api-docs/api-intro";
import { MethodBadge } from "@/components/api-docs/method-badge";
import { OperationSection } from "@/components/api-docs/operation-section";
import { WebhooksSection } from "@/components/api-docs/webhooks-section";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { IDEMPOTENCY_TTL_MS } from "@/lib/api/idempotency";
import { API_BASE_PATH, openApiDocument } from "@/lib/api/openapi";
import { operationsByTag } from "@/lib/api/openapi-reading";
import { API_CALLS_PER_MINUTE } from "@/lib/api/rate-limits";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { ownOrigins } from "@/lib/http/same-origin";

export const metadata: Metadata = { title: "API reference" };

/** The /api/v1 reference, rendered from the same OpenAPI document the API serves at /api/v1/openapi.json. */
export default async function ApiDocsPage() {
  const actor = await requireActor();
  if (!can(actor.role, "api-docs:read")) return <NotAllowed actor={actor} title="API reference" permission="api-docs:read" what="read the API reference" />;
  const document = openApiDocument();
  const groups = operationsByTag(document);
  // The examples name this server as the browser reached it (NEXTAUTH_URL when set).
  const origin = [...ownOrigins(await headers())].pop() ?? "";
  return (
    <>
      <PageHeader
        eyebrow="Developers"
        title="API reference"
        description="Connect your CLM, procurement or BI system to Dealplaybook: a REST API over JSON, authenticated with tokens, scoped to your organisation."
        actions={
          <ButtonLink href={`${API_BASE_PATH}/openapi.json`} variant="secondary" prefetch={false}>
            OpenAPI document (JSON)
          </ButtonLink>
        }
      />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_16rem]">
        <div className="min-w-0 space-y-6">
          <ApiIntro facts={{ baseUrl: `${origin}${API_BASE_PATH}`, callsPerMinute: API_CALLS_PER_MINUTE, idempotencyHours: IDEMPOTENCY_TTL_MS / 3_600_000 }} />
          {groups.map(({ tag, operations }) => (
            <section key={tag} aria-labelledby={`tag-${tag}`} className="space-y-4">
              <h2 id={`tag-${tag}`} className="pt-2 text-lg font-semibold text-slate-900">
                {tag}
              </h2>
              {operations.map((op) => (
                <OperationSection key={op.operation.operationId} op={op} document={document} origin={origin} />
              ))}
            </section>
          ))}
          <WebhooksSection />
        </div>
        <nav aria-label="API contents" className="order-first xl:order-last">
          <Card className="p-4 xl:sticky xl:top-6">
            <h2 className="text-xs font-semibold tracking-wide text-slate-600 uppercase">Contents</h2>
            <ul className="mt-2 space-y-1 text-sm">
              <li>
                <a href="#getting-started" className="text-brand-700 hover:underline">
                  Getting started
                </a>
              </li>
              <li>
                <a href="#problems" className="text-brand-700 hover:underline">
                  Errors
                </a>
              </li>
              <li>
                <a href="#webhooks" className="text-brand-700 hover:underline">
                  Webhooks
                </a>
              </li>
              {groups.map(({ tag, operations }) => (
                <li key={tag} className="pt-2">
                  <a href={`#tag-${tag}`} className="font-medium text-slate-900 hover:underline">
                    {tag}
                  </a>
                  <ul className="mt-1 space-y-1">
                    {operations.map(({ method, path, operation }) => (
                      <li key={operation.operationId}>
                        <a href={`#${operation.operationId}`} className="flex items-center gap-2 text-slate-700 hover:text-brand-700">
                          <MethodBadge method={method} />
                          <span className="min-w-0 font-mono text-xs break-all">{path}</span>
                        </a>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </Card>
        </nav>
      </div>
    </>
  );
}
