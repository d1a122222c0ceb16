import { Card } from "@/components/ui/card";
import { WEBHOOK_BACKOFF_MS, WEBHOOK_MAX_ATTEMPTS } from "@/lib/webhooks/backoff";
import { WEBHOOK_EVENT_DOCS } from "@/lib/webhooks/events";
import { MAX_ANSWER_BYTES, SEND_TIMEOUT_MS } from "@/lib/webhooks/send";
import { EVENT_ID_HEADER, EVENT_TYPE_HEADER, SIGNATURE_HEADER } from "@/lib/webhooks/signature";

// The webhooks part of the API reference (/docs/api): what is sent, when, and how a receiver checks it.

const VERIFY_SNIPPET = `import { createHmac, timingSafeEqual } from "node:crypto";

// rawBody: the request body exactly as received (before JSON.parse).
export function verifyWebhookSignature(secret, header, rawBody, toleranceSeconds = 300) {
  const parts = header.split(",").map((p) => p.trim().split("="));
  const t = Number(parts.find(([k]) => k === "t")?.[1]);
  const signatures = parts.filter(([k]) => k === "v1").map(([, v]) => v);
  if (!Number.isInteger(t) || signatures.length === 0) return false;
  if (Math.abs(Date.now() / 1000 - t) > toleranceSeconds) return false;
  const expected = createHmac("sha256", secret).update(\`\${t}.\${rawBody}\`).digest();
  return signatures.some((s) => {
    const given = Buffer.from(s, "hex");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}`;

function duration(ms: number): string {
  return ms >= 3_600_000 ? `${ms / 3_600_000} h` : `${ms / 60_000} min`;
}

const CODE = "overflow-x-auto rounded-md bg-slate-900 p-4 font-mono text-xs leading-relaxed text-slate-100";
const H3 = "text-base font-semibold text-slate-900";

export function WebhooksSection() {
  return (
    <section id="webhooks" aria-labelledby="webhooks-title" className="space-y-6">
      <div>
        <h2 id="webhooks-title" className="text-xl font-semibold text-slate-900">
          Webhooks
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          An admin registers endpoints at Administration › Webhooks and chooses their events. Each event is recorded with the change that caused it — a change
          that is not saved sends nothing — and POSTed as JSON to every active endpoint subscribed to it, signed with the endpoint&apos;s secret. Endpoints must
          be <code>https://</code> URLs on the public internet.
        </p>
      </div>

      <Card className="p-5">
        <h3 className={H3}>Events</h3>
        <dl className="mt-3 divide-y divide-slate-100">
          {WEBHOOK_EVENT_DOCS.map((doc) => (
            <div key={doc.name} id={`webhook-event-${doc.name}`} className="py-3 sm:grid sm:grid-cols-[14rem_1fr] sm:gap-4">
              <dt>
                <code className="text-sm font-semibold text-slate-900">{doc.name}</code>
              </dt>
              <dd className="mt-1 text-sm text-slate-700 sm:mt-0">
                {doc.when}
                <details className="mt-2">
                  <summary className="cursor-pointer text-xs font-medium text-brand-700">Example payload</summary>
                  <pre tabIndex={0} role="region" aria-label={`Example payload of ${doc.name}`} className={`${CODE} mt-2`}>
                    {JSON.stringify(doc.example, null, 2)}
                  </pre>
                </details>
              </dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm text-slate-600">
          Every payload has the same envelope: <code>id</code> (the event id), <code>type</code>, <code>createdAt</code>, <code>organizationId</code> and{" "}
          <code>data</code>, where <code>data.deal</code> is the deal as it is after the change (id, name, vendor, stage, version and its page in the app). One
          change may cause several events (a submission is also a stage change).
        </p>
      </Card>

      <Card className="p-5">
        <h3 className={H3}>Headers</h3>
        <ul className="mt-3 space-y-2 text-sm text-slate-700">
          <li>
            <code className="font-semibold">{SIGNATURE_HEADER}</code>: <code>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256&gt;</code>, the HMAC of{" "}
            <code>&lt;t&gt;.&lt;raw body&gt;</code> keyed with the endpoint&apos;s secret. Several <code>v1</code> values may be present; accept the delivery
            when one matches.
          </li>
          <li>
            <code className="font-semibold">{EVENT_ID_HEADER}</code>: the event id, the same for every endpoint and every attempt.
          </li>
          <li>
            <code className="font-semibold">{EVENT_TYPE_HEADER}</code>: the event&apos;s name, e.g. <code>deal.approved</code>.
          </li>
        </ul>
      </Card>

      <Card className="p-5">
        <h3 className={H3}>Checking the signature</h3>
        <p className="mt-1 text-sm text-slate-600">
          Compute the HMAC over the raw body, compare in constant time, and refuse timestamps more than five minutes away from your clock (an old delivery
          replayed). In Node:
        </p>
        <pre tabIndex={0} role="region" aria-label="Checking a signature in Node" className={`${CODE} mt-3`}>
          {VERIFY_SNIPPET}
        </pre>
      </Card>

      <Card className="p-5">
        <h3 className={H3}>Answers, retries and duplicates</h3>
        <ul className="mt-3 list-disc space-y-2 pl-5 text-sm text-slate-700">
          <li>
            Answer with any 2xx within {SEND_TIMEOUT_MS / 1000} seconds; anything else (a redirect too: redirects are not followed) counts as a failed attempt.
            At most {MAX_ANSWER_BYTES / 1024} KB of the answer is read.
          </li>
          <li>
            A failed delivery is tried again {WEBHOOK_BACKOFF_MS.map(duration).join(", ")} after each failed attempt: {WEBHOOK_MAX_ATTEMPTS} attempts in all,
            then it is marked failed. Admins see every delivery and can re-send one.
          </li>
          <li>
            A delivery may arrive more than once (a retry after an answer that got lost, a re-send): dedupe on the event id. Events may arrive out of order; use{" "}
            <code>data.deal.version</code> or <code>createdAt</code> to order them.
          </li>
        </ul>
      </Card>
    </section>
  );
}
