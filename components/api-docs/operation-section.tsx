import { Card } from "@/components/ui/card";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { TABLE_CELL, TableHead } from "@/components/ui/table-head";
import { problemKindsWithStatus, type OpenApiDocument, type OpenApiResponse } from "@/lib/api/openapi";
import { curlExample, fieldRows, refName, typeLabel, type DocumentedOperation } from "@/lib/api/openapi-reading";
import { ROLE_LABEL } from "@/lib/format/role-labels";
import { CodeBlock } from "./code-block";
import { InlineCode } from "./inline-code";
import { MethodBadge } from "./method-badge";

const H4 = "text-xs font-semibold uppercase tracking-wide text-slate-600";

/** One operation of the document: what it does, who may call it, what it takes, what it answers, and how to call it. */
export function OperationSection({ op, document, origin }: { op: DocumentedOperation; document: OpenApiDocument; origin: string }) {
  const { operation } = op;
  const schemas = document.components.schemas;
  // The last paragraph is the access sentence (scope, roles), shown below as a list instead.
  const paragraphs = operation.description.split("\n\n").slice(0, -1);
  const bodyContent = operation.requestBody?.content ?? {};
  const jsonBody = bodyContent["application/json"]?.schema;
  const bodyName = jsonBody ? refName(jsonBody) : null;
  const bodyRows = jsonBody ? fieldRows(jsonBody, schemas) : [];
  const base = document.servers[0]?.url ?? "/api/v1";
  return (
    <Card id={operation.operationId} aria-labelledby={`${operation.operationId}-title`} className="scroll-mt-6">
      <div className="space-y-2 border-b border-slate-100 px-5 py-4">
        <h3 id={`${operation.operationId}-title`} className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <MethodBadge method={op.method} />
          <code className="min-w-0 font-mono text-sm font-semibold break-all text-slate-900">
            {base}
            {op.path}
          </code>
        </h3>
        <p className="text-sm font-medium text-slate-900">{operation.summary}</p>
        {paragraphs.map((paragraph, i) => (
          <p key={i} className="text-sm text-slate-700">
            <InlineCode text={paragraph} />
          </p>
        ))}
        <dl className="flex flex-wrap gap-x-6 gap-y-1 pt-1 text-sm">
          {operation.security.length === 0 ? (
            <div className="flex gap-1.5">
              <dt className="text-slate-600">Authentication:</dt>
              <dd className="font-medium text-slate-900">none</dd>
            </div>
          ) : (
            <>
              <div className="flex gap-1.5">
                <dt className="text-slate-600">Token scope:</dt>
                <dd className="font-medium text-slate-900">{operation["x-scope"]}</dd>
              </div>
              <div className="flex gap-1.5">
                <dt className="text-slate-600">Roles:</dt>
                <dd className="min-w-0 font-medium text-slate-900">{operation["x-roles"]!.map((role) => ROLE_LABEL[role]).join(", ")}</dd>
              </div>
            </>
          )}
          <div className="flex gap-1.5">
            <dt className="text-slate-600">Operation id:</dt>
            <dd className="font-mono text-xs leading-5 text-slate-900">{operation.operationId}</dd>
          </div>
        </dl>
      </div>

      <div className="space-y-5 px-5 py-4">
        {operation.parameters.length > 0 && (
          <section aria-label={`${operation.operationId} parameters`} className="space-y-2">
            <h4 className={H4}>Parameters</h4>
            <ScrollRegion label={`Parameters of ${operation.operationId}`} className="rounded-lg ring-1 ring-slate-200">
              <table className="min-w-full divide-y divide-slate-100">
                <TableHead columns={["Name", "In", "Type", "Required", "Description"]} />
                <tbody className="divide-y divide-slate-100">
                  {operation.parameters.map((p) => (
                    <tr key={`${p.in}-${p.name}`}>
                      <td className={`${TABLE_CELL} font-mono text-xs whitespace-nowrap text-slate-900`}>{p.name}</td>
                      <td className={`${TABLE_CELL} text-slate-600`}>{p.in}</td>
                      <td className={`${TABLE_CELL} text-slate-700`}>{typeLabel(p.schema, schemas)}</td>
                      <td className={`${TABLE_CELL} text-slate-700`}>{p.required ? "yes" : "no"}</td>
                      <td className={`${TABLE_CELL} min-w-[16rem] text-slate-700`}>{p.description ? <InlineCode text={p.description} /> : "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </section>
        )}

        {operation.requestBody && (
          <section aria-label={`${operation.operationId} request body`} className="space-y-2">
            <h4 className={H4}>
              Request body{" "}
              <span className="font-normal tracking-normal normal-case">
                ({Object.keys(bodyContent).join(", ")}
                {bodyName ? `: ${bodyName}` : ""})
              </span>
            </h4>
            {operation.requestBody.description && <p className="text-sm text-slate-700">{operation.requestBody.description}</p>}
            {bodyRows.length > 0 && (
              <ScrollRegion label={`Request body fields of ${operation.operationId}`} className="rounded-lg ring-1 ring-slate-200">
                <table className="min-w-full divide-y divide-slate-100">
                  <TableHead columns={["Field", "Type", "Required", "Description"]} />
                  <tbody className="divide-y divide-slate-100">
                    {bodyRows.map((row) => (
                      <tr key={row.name}>
                        <td className={`${TABLE_CELL} font-mono text-xs whitespace-nowrap text-slate-900`}>{row.name}</td>
                        <td className={`${TABLE_CELL} min-w-[10rem] text-slate-700`}>{row.type}</td>
                        <td className={`${TABLE_CELL} text-slate-700`}>{row.required ? "yes" : "no"}</td>
                        <td className={`${TABLE_CELL} min-w-[16rem] text-slate-700`}>{row.description ?? "—"}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            )}
          </section>
        )}

        <section aria-label={`${operation.operationId} responses`} className="space-y-2">
          <h4 className={H4}>Responses</h4>
          <ul className="space-y-1.5 text-sm">
            {Object.entries(operation.responses).map(([status, response]) => (
              <li key={status} className="flex gap-3">
                <span className="w-9 shrink-0 font-mono text-xs leading-5 font-semibold text-slate-900">{status}</span>
                <span className="min-w-0 text-slate-700">
                  <ResponseLine status={Number(status)} response={response} document={document} />
                </span>
              </li>
            ))}
          </ul>
        </section>

        <section aria-label={`${operation.operationId} example`} className="space-y-2">
          <h4 className={H4}>Example</h4>
          <CodeBlock label={`curl example for ${operation.operationId}`}>{curlExample(origin, base, op, schemas)}</CodeBlock>
        </section>
      </div>
    </Card>
  );
}

function ResponseLine({ status, response, document }: { status: number; response: OpenApiResponse | { $ref: string }; document: OpenApiDocument }) {
  if ("$ref" in response) {
    const kinds = problemKindsWithStatus(status);
    return (
      <>
        Problem:{" "}
        {kinds.map((kind, i) => (
          <span key={kind}>
            {i > 0 && ", "}
            <a href={`#problem-${kind}`} className="font-mono text-xs text-brand-700 hover:underline">
              {kind}
            </a>
          </span>
        ))}
      </>
    );
  }
  const schema = response.content?.["application/json"]?.schema;
  return (
    <>
      {response.description}
      {schema && <span className="text-slate-600"> ({typeLabel(schema, document.components.schemas)})</span>}
    </>
  );
}
