import Link from "next/link";
import { Card, CardHeader } from "@/components/ui/card";
import { CodeBlock } from "./code-block";
import { InlineCode } from "./inline-code";
import { ProblemKinds } from "./problem-kinds";

export interface ApiIntroFacts {
  /** Where the API lives, e.g. "https://dealplaybook.example.com/api/v1". */
  baseUrl: string;
  callsPerMinute: number;
  idempotencyHours: number;
}

const LINK = "font-medium text-brand-700 underline-offset-2 hover:underline";

function Topic({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-2 px-5 py-4">
      <h3 id={id} className="text-sm font-semibold text-slate-900">
        {title}
      </h3>
      <div className="space-y-2 text-sm text-slate-700">{children}</div>
    </section>
  );
}

/** How to call the API at all: tokens, scopes, limits, retries, versions, pages and errors. */
export function ApiIntro({ facts }: { facts: ApiIntroFacts }) {
  return (
    <div className="space-y-6">
      <Card aria-labelledby="getting-started">
        <div className="border-b border-slate-100 px-5 py-4">
          <h2 id="getting-started" className="text-base font-semibold text-slate-900">
            Getting started
          </h2>
        </div>
        <div className="divide-y divide-slate-100">
          <Topic id="intro-tokens" title="1. Make a token">
            <p>
              Make a personal token at{" "}
              <Link href="/account/tokens" className={LINK}>
                Your account → API tokens
              </Link>
              . An administrator can make an organisation service token for a system at{" "}
              <Link href="/admin/tokens" className={LINK}>
                Administration → API tokens
              </Link>
              . The secret is shown once; only its hash is kept.
            </p>
          </Topic>
          <Topic id="intro-auth" title="2. Send it with every call">
            <p>
              <InlineCode text="Send it as `Authorization: Bearer dpk_…`. A token acts with its owner's current role in its organisation: if the owner's role changes, so does what the token may do; if the owner leaves, it stops working." />
            </p>
            <CodeBlock label="Example: who am I">{`curl "${facts.baseUrl}/me" \\\n  -H "Authorization: Bearer $DEALPLAYBOOK_TOKEN"`}</CodeBlock>
          </Topic>
          <Topic id="intro-scopes" title="Scopes and roles">
            <p>
              <InlineCode text="A token has the read scope, the write scope, or both. GET needs read; POST, PATCH, PUT and DELETE need write (otherwise 403 `insufficient-scope`). On top of that, each operation below names the roles that may call it (otherwise 403 `forbidden`)." />
            </p>
          </Topic>
          <Topic id="intro-limits" title="Rate limits">
            <p>
              <InlineCode
                text={`At most ${facts.callsPerMinute} calls a minute per token, counted across all servers. Past that the answer is 429 with \`Retry-After\`: the seconds to wait.`}
              />
            </p>
          </Topic>
          <Topic id="intro-idempotency" title="Retrying a create safely">
            <p>
              <InlineCode
                text={`Creates accept an \`Idempotency-Key\` header (a UUID, say). A retry with the same key and the same body gets the first answer again, marked \`Idempotent-Replayed: true\`, for ${facts.idempotencyHours} hours, instead of creating twice. The same key with another body is refused with 422.`}
              />
            </p>
          </Topic>
          <Topic id="intro-if-match" title="Updating without overwriting someone else">
            <p>
              <InlineCode text='Records have a version, answered as the `ETag`. An update needs `If-Match` with the version you last read, e.g. `If-Match: "3"`. If someone changed the record since, the answer is 412 with `currentVersion`: read again, then decide. Without `If-Match` the answer is 428.' />
            </p>
          </Topic>
          <Topic id="intro-pagination" title="Pages">
            <p>
              <InlineCode text="Lists answer `{ data, nextCursor }`. Pass `cursor=<nextCursor>` (and the same filters) for the next page, until `nextCursor` is null. `limit` sets the page size." />
            </p>
          </Topic>
        </div>
      </Card>

      <Card id="problems" aria-labelledby="problems-title" className="scroll-mt-6">
        <CardHeader
          title={<span id="problems-title">Errors: problem details</span>}
          description={
            <InlineCode text="Every refusal is an RFC 9457 problem document (`application/problem+json`): `type` links to its kind below, `title` names it, `detail` says what happened to this request, `errors` lists each invalid field." />
          }
        />
        <div className="space-y-4 px-5 py-4">
          <CodeBlock label="Example problem document">
            {JSON.stringify(
              {
                type: "/docs/api#problem-validation",
                title: "The request is not valid",
                status: 400,
                detail: "Some fields are not valid. Nothing was changed.",
                errors: [{ detail: "Enter a name.", pointer: "#/name" }],
              },
              null,
              2,
            )}
          </CodeBlock>
          <ProblemKinds />
        </div>
      </Card>
    </div>
  );
}
