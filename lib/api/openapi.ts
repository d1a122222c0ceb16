import type { z } from "zod";
import type { ApiRoute, ApiRouteSpec, RawBody } from "@/lib/api/define-api-route";
import { IDEMPOTENCY_TTL_MS } from "@/lib/api/idempotency";
import { PROBLEM_CONTENT_TYPE, PROBLEM_KINDS, problemType, type ProblemKind } from "@/lib/api/problem";
import { API_CALLS_PER_MINUTE } from "@/lib/api/rate-limits";
import { API_ROUTES } from "@/lib/api/routes";
import { rolesFor } from "@/lib/auth/permissions";
import { SESSION_COOKIE_NAME } from "@/lib/auth/session-cookie";
import { ROLES, type Role } from "@/lib/domain/enums";
import { ComponentSchemas, type JsonSchema } from "./openapi-schemas";

// The OpenAPI 3.1 document of /api/v1, generated from the route registry (lib/api/define-api-route.ts):
// the paths, the parameters and the bodies are the zod schemas the handlers parse with, so the document
// cannot drift from what the server accepts. Served at /api/v1/openapi.json and rendered at /docs/api.

export const OPENAPI_VERSION = "3.1.0";
export const API_BASE_PATH = "/api/v1";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";
const METHOD_ORDER: HttpMethod[] = ["get", "post", "put", "patch", "delete"];

export interface OpenApiParameter {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

export interface OpenApiMediaType {
  schema: JsonSchema;
}

export interface OpenApiResponse {
  description: string;
  headers?: Record<string, { description: string; schema: JsonSchema; required?: boolean }>;
  content?: Record<string, OpenApiMediaType>;
}

export type OpenApiResponseOrRef = OpenApiResponse | { $ref: string };

export interface OpenApiOperation {
  operationId: string;
  tags: string[];
  summary: string;
  description: string;
  security: Record<string, string[]>[];
  /** The token scope the call needs ("read" for GET, "write" otherwise); absent on a public operation. */
  "x-scope"?: "read" | "write";
  /** The role permission checked, and the roles that have it; absent on a public operation. */
  "x-permission"?: string | null;
  "x-roles"?: Role[];
  parameters: OpenApiParameter[];
  requestBody?: { required: true; description?: string; content: Record<string, OpenApiMediaType> };
  responses: Record<string, OpenApiResponseOrRef>;
}

export interface OpenApiDocument {
  openapi: typeof OPENAPI_VERSION;
  info: { title: string; version: string; description: string };
  servers: { url: string; description?: string }[];
  tags: { name: string }[];
  paths: Record<string, Partial<Record<HttpMethod, OpenApiOperation>>>;
  components: {
    securitySchemes: Record<string, JsonSchema>;
    schemas: Record<string, JsonSchema>;
    responses: Record<string, OpenApiResponse>;
  };
}

export interface OpenApiOptions {
  /** The server the paths are relative to; "/api/v1" (this server) by default. */
  serverUrl?: string;
  /** The registry to document; every defined route by default (tests pass a few). */
  routes?: ApiRoute[];
}

export const SECURITY_BEARER = "bearerToken";
export const SECURITY_SESSION = "sessionCookie";

/** Problem statuses the document describes, each a reusable response `Problem<status>`. */
const PROBLEM_STATUSES: number[] = [...new Set(Object.values(PROBLEM_KINDS).map((k) => k.status))].sort((a, b) => a - b);

export function openApiDocument(options: OpenApiOptions = {}): OpenApiDocument {
  const routes = [...(options.routes ?? API_ROUTES)].sort((a, b) => routeOrder(a.spec, b.spec));
  const schemas = new ComponentSchemas();
  // Responses first: a schema used on both sides keeps its plain name for what the API answers.
  const responses = new Map(routes.map((r) => [r, r.spec.response.schema ? schemas.convert(r.spec.response.schema, "output") : undefined]));
  const paths: OpenApiDocument["paths"] = {};
  for (const route of routes) {
    const operation = operationOf(route.spec, schemas, responses.get(route));
    (paths[route.spec.path] ??= {})[method(route.spec)] = operation;
  }
  return {
    openapi: OPENAPI_VERSION,
    info: { title: "Dealplaybook API", version: "1", description: INFO_DESCRIPTION },
    servers: [{ url: options.serverUrl ?? API_BASE_PATH, description: "This Dealplaybook server" }],
    tags: [...new Set(routes.map((r) => r.spec.tag))].sort().map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        [SECURITY_BEARER]: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "dpk_…",
          description:
            "An API token (`dpk_` and 43 characters), made at /account/tokens (personal) or /admin/tokens (organisation service token). It acts with its owner's current role in the token's organisation; its scopes (read, write) limit it further.",
        },
        [SECURITY_SESSION]: {
          type: "apiKey",
          in: "cookie",
          name: SESSION_COOKIE_NAME,
          description: "The app's own pages call the API with the signed-in session; a write must then come from this app's origin. Integrations use a token.",
        },
      },
      schemas: { ...sortedObject(schemas.schemas), Problem: PROBLEM_SCHEMA, ProblemFieldError: PROBLEM_FIELD_ERROR_SCHEMA },
      responses: Object.fromEntries(PROBLEM_STATUSES.map((status) => [problemResponseName(status), problemResponseOf(status)])),
    },
  };
}

function operationOf(spec: ApiRouteSpec, schemas: ComponentSchemas, responseSchema: JsonSchema | undefined): OpenApiOperation {
  const body = spec.body ? requestBodyOf(spec.body, schemas) : undefined;
  const scope: "read" | "write" = spec.method === "GET" ? "read" : "write";
  const access = spec.public
    ? {}
    : { "x-scope": scope, "x-permission": spec.permission, "x-roles": [...(spec.permission === null ? ROLES : rolesFor(spec.permission))] as Role[] };
  return {
    operationId: spec.operationId,
    tags: [spec.tag],
    summary: spec.summary,
    description: [spec.description, spec.public ? "No authentication." : accessSentence(spec, scope)].filter(Boolean).join("\n\n"),
    security: spec.public ? [] : [{ [SECURITY_BEARER]: [] }, { [SECURITY_SESSION]: [] }],
    ...access,
    parameters: [
      ...parametersOf(spec.params, "path", schemas),
      ...parametersOf(spec.query, "query", schemas),
      ...(spec.ifMatch ? [IF_MATCH] : []),
      ...(spec.idempotent ? [IDEMPOTENCY_KEY] : []),
    ],
    ...(body ? { requestBody: body } : {}),
    responses: {
      [String(spec.response.status)]: successResponse(spec, responseSchema),
      ...Object.fromEntries(problemStatusesOf(spec).map((status) => [String(status), { $ref: `#/components/responses/${problemResponseName(status)}` }])),
    },
  };
}

function accessSentence(spec: ApiRouteSpec, scope: "read" | "write"): string {
  const roles =
    spec.permission === null
      ? "any member"
      : rolesFor(spec.permission)
          .map((r) => r.toLowerCase())
          .join(", ");
  return `Token scope: ${scope}. Roles: ${roles}${spec.permission ? ` (permission \`${spec.permission}\`)` : ""}.`;
}

function parametersOf(schema: z.ZodType | undefined, where: "path" | "query", schemas: ComponentSchemas): OpenApiParameter[] {
  if (!schema) return [];
  const object = resolve(schemas.convert(schema, "input"), schemas);
  const properties = (object.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((object.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === "path" || required.has(name),
      ...(typeof description === "string" ? { description } : {}),
      schema: rest,
    };
  });
}

function requestBodyOf(body: z.ZodType | RawBody, schemas: ComponentSchemas): OpenApiOperation["requestBody"] {
  if ("raw" in body) {
    return {
      required: true,
      description: body.raw.description,
      content: Object.fromEntries(body.raw.contentTypes.map((type) => [type, { schema: { type: "string", format: "binary" } }])),
    };
  }
  return { required: true, content: { "application/json": { schema: schemas.convert(body, "input") } } };
}

function successResponse(spec: ApiRouteSpec, schema: JsonSchema | undefined): OpenApiResponse {
  if (!schema || spec.response.status === 204) return { description: spec.response.description };
  return { description: spec.response.description, content: { "application/json": { schema } } };
}

/** The problems a route can answer with, from what it takes (see the wrapper's order of checks). */
export function problemStatusesOf(spec: ApiRouteSpec): number[] {
  const statuses = new Set<number>(spec.problems ?? []);
  if (!spec.public) [401, 403, 429, 503].forEach((s) => statuses.add(s));
  if (spec.body || spec.query || spec.ifMatch) statuses.add(400);
  if (spec.params) statuses.add(404);
  if (spec.idempotent) [409, 422].forEach((s) => statuses.add(s));
  if (spec.ifMatch) [412, 428].forEach((s) => statuses.add(s));
  if (spec.body) statuses.add(413);
  if (spec.body && "raw" in spec.body) statuses.add(415);
  return [...statuses].filter((s) => PROBLEM_STATUSES.includes(s)).sort((a, b) => a - b);
}

export function problemResponseName(status: number): string {
  return `Problem${status}`;
}

/** The kinds of problem answered with a status, as `PROBLEM_KINDS` lists them. */
export function problemKindsWithStatus(status: number): ProblemKind[] {
  return (Object.keys(PROBLEM_KINDS) as ProblemKind[]).filter((kind) => PROBLEM_KINDS[kind].status === status);
}

function problemResponseOf(status: number): OpenApiResponse {
  const kinds = problemKindsWithStatus(status);
  const headers: OpenApiResponse["headers"] = {};
  if (status === 429 || status === 503)
    headers["Retry-After"] = { description: "Seconds to wait before trying again.", schema: { type: "integer", minimum: 0 } };
  if (status === 401) headers["WWW-Authenticate"] = { description: "The Bearer challenge (RFC 6750).", schema: { type: "string" } };
  return {
    description: kinds.map((kind) => `${PROBLEM_KINDS[kind].title} (\`${problemType(kind)}\`)`).join("; "),
    ...(Object.keys(headers).length ? { headers } : {}),
    content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: "#/components/schemas/Problem" } } },
  };
}

const PROBLEM_FIELD_ERROR_SCHEMA: JsonSchema = {
  type: "object",
  description: "One invalid input.",
  properties: {
    detail: { type: "string" },
    pointer: { type: "string", description: 'A JSON pointer into the request body, e.g. "#/name".' },
    parameter: { type: "string", description: "A path, query or header parameter." },
  },
  required: ["detail"],
};

const PROBLEM_SCHEMA: JsonSchema = {
  type: "object",
  description: "An RFC 9457 problem document. Other members (e.g. `currentVersion` on a 412) may be present.",
  properties: {
    type: {
      type: "string",
      format: "uri-reference",
      description: "The kind of problem: a link to its entry in the API reference.",
      examples: [problemType("forbidden")],
    },
    title: { type: "string", description: "The kind of problem in a few words." },
    status: { type: "integer", description: "The HTTP status." },
    detail: { type: "string", description: "What happened to this request." },
    instance: { type: "string", format: "uri-reference" },
    errors: { type: "array", items: { $ref: "#/components/schemas/ProblemFieldError" } },
  },
  required: ["type", "title", "status", "detail"],
  additionalProperties: true,
};

const IF_MATCH: OpenApiParameter = {
  name: "If-Match",
  in: "header",
  required: true,
  description: 'The version you last read (the ETag, e.g. "3"). A stale one is refused with 412 and the current version; none with 428.',
  schema: { type: "string", examples: ['"3"'] },
};

const IDEMPOTENCY_KEY: OpenApiParameter = {
  name: "Idempotency-Key",
  in: "header",
  required: false,
  description: `A key of your choice (e.g. a UUID) that makes a retry safe: the same key with the same body answers the first answer again for ${IDEMPOTENCY_TTL_MS / 3_600_000} hours.`,
  schema: { type: "string", minLength: 1, maxLength: 255 },
};

const INFO_DESCRIPTION = [
  "The Dealplaybook REST API: read and change your organisation's deals, clauses and vendor responses from a CLM, procurement or BI system.",
  "**Authentication.** Send `Authorization: Bearer dpk_…` with a token made at /account/tokens (personal) or /admin/tokens (an admin's organisation service token). A token acts with its owner's current role in its organisation; a revoked or expired token, or one whose owner left, is refused with 401.",
  "**Scopes.** A token with the read scope may call GET; every other method needs the write scope (403 `insufficient-scope`). Each operation also names the roles allowed (403 `forbidden` otherwise).",
  `**Rate limits.** ${API_CALLS_PER_MINUTE} calls a minute per token, counted across all servers; past that 429 with \`Retry-After\` (seconds).`,
  `**Idempotency.** Creates accept \`Idempotency-Key\`: a retry with the same key and body gets the first answer again (\`Idempotent-Replayed: true\`) for ${IDEMPOTENCY_TTL_MS / 3_600_000} hours; the same key with another body is 422.`,
  '**Concurrency.** Updates need `If-Match` with the version you last read (the `ETag`, e.g. `"3"`): 428 without it, 412 with the current version when someone changed the record since.',
  "**Pagination.** Lists answer `{ data, nextCursor }`; pass `cursor=<nextCursor>` for the next page until it is null.",
  "**Errors.** Every refusal is an RFC 9457 problem document (`application/problem+json`) whose `type` links to its explanation in the reference (/docs/api#problem-<kind>); `errors` lists each invalid field with a JSON pointer or a parameter name.",
].join("\n\n");

function resolve(schema: JsonSchema, schemas: ComponentSchemas): JsonSchema {
  const ref = schema.$ref;
  return typeof ref === "string" && ref.startsWith("#/components/schemas/") ? (schemas.schemas[ref.slice("#/components/schemas/".length)] ?? schema) : schema;
}

function method(spec: ApiRouteSpec): HttpMethod {
  return spec.method.toLowerCase() as HttpMethod;
}

function routeOrder(a: ApiRouteSpec, b: ApiRouteSpec): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : METHOD_ORDER.indexOf(method(a)) - METHOD_ORDER.indexOf(method(b));
}

function sortedObject<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
