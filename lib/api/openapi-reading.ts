import type { JsonSchema } from "./openapi-schemas";
import { COMPONENT_SCHEMA_PREFIX } from "./openapi-schemas";
import type { HttpMethod, OpenApiDocument, OpenApiOperation } from "./openapi";

// Reading the OpenAPI document for people (the /docs/api page): operations grouped by tag, a body's
// fields a level or two deep with a short type label, an example built from a schema, a curl command.

export interface DocumentedOperation {
  method: HttpMethod;
  path: string;
  operation: OpenApiOperation;
}

export interface FieldRow {
  /** Dotted for nested fields ("lines[].label"). */
  name: string;
  type: string;
  required: boolean;
  description?: string;
}

type Schemas = Record<string, JsonSchema>;

export function operationsByTag(document: OpenApiDocument): { tag: string; operations: DocumentedOperation[] }[] {
  return document.tags.map(({ name }) => ({
    tag: name,
    operations: Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([, operation]) => operation!.tags.includes(name))
        .map(([method, operation]) => ({ method: method as HttpMethod, path, operation: operation! })),
    ),
  }));
}

/** The component name a `$ref` points at, or null. */
export function refName(schema: JsonSchema): string | null {
  return typeof schema.$ref === "string" && schema.$ref.startsWith(COMPONENT_SCHEMA_PREFIX) ? schema.$ref.slice(COMPONENT_SCHEMA_PREFIX.length) : null;
}

function resolve(schema: JsonSchema, schemas: Schemas): JsonSchema {
  const name = refName(schema);
  return name && schemas[name] ? schemas[name] : schema;
}

/** The schema without its `null` alternative, and whether it had one. */
function withoutNull(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  const anyOf = schema.anyOf as JsonSchema[] | undefined;
  if (Array.isArray(anyOf) && anyOf.some((s) => s.type === "null")) {
    const rest = anyOf.filter((s) => s.type !== "null");
    return { schema: rest.length === 1 ? rest[0] : { anyOf: rest }, nullable: true };
  }
  if (Array.isArray(schema.type) && schema.type.includes("null")) {
    const types = schema.type.filter((t) => t !== "null");
    return { schema: { ...schema, type: types.length === 1 ? types[0] : types }, nullable: true };
  }
  return { schema, nullable: false };
}

/** A short type for a reader: "string (date-time)", "integer, 1–100", "one of: a, b", "array of Deal", "Deal or null". */
export function typeLabel(input: JsonSchema, schemas: Schemas): string {
  const { schema, nullable } = withoutNull(input);
  return nullable ? `${baseLabel(schema, schemas)} or null` : baseLabel(schema, schemas);
}

function baseLabel(schema: JsonSchema, schemas: Schemas): string {
  const name = refName(schema);
  if (name) return name;
  if (Array.isArray(schema.enum)) return `one of: ${schema.enum.map((v) => JSON.stringify(v)).join(", ")}`;
  if ("const" in schema) return `always ${JSON.stringify(schema.const)}`;
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as JsonSchema[]).map((s) => typeLabel(s, schemas)).join(" or ");
  if (schema.type === "array") return `array of ${schema.items ? typeLabel(schema.items as JsonSchema, schemas) : "anything"}`;
  const type = Array.isArray(schema.type) ? schema.type.join(" or ") : typeof schema.type === "string" ? schema.type : "any";
  const details = [
    typeof schema.format === "string" ? schema.format : null,
    range(schema.minimum, schema.maximum),
    range(schema.minLength, schema.maxLength, " characters"),
  ].filter(Boolean);
  return details.length ? `${type}, ${details.join(", ")}` : type;
}

function range(min: unknown, max: unknown, unit = ""): string | null {
  const lo = typeof min === "number" ? min : null;
  const hi = typeof max === "number" && max < Number.MAX_SAFE_INTEGER ? max : null;
  if (lo === null && hi === null) return null;
  if (lo !== null && hi !== null) return lo === hi ? `exactly ${lo}${unit}` : `${lo}–${hi}${unit}`;
  const singular = (n: number) => (n === 1 ? unit.replace(/s$/, "") : unit);
  return lo !== null ? `at least ${lo}${singular(lo)}` : `at most ${hi}${singular(hi!)}`;
}

/** An object schema's fields, and those of its object (or array-of-object) fields down to `depth` levels. */
export function fieldRows(input: JsonSchema, schemas: Schemas, depth = 2, prefix = ""): FieldRow[] {
  const schema = resolve(withoutNull(input).schema, schemas);
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  if (!properties) return [];
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).flatMap(([key, property]) => {
    const name = prefix + key;
    const row: FieldRow = {
      name,
      type: typeLabel(property, schemas),
      required: required.has(key),
      ...(typeof property.description === "string" ? { description: property.description } : {}),
    };
    if (depth <= 1) return [row];
    const inner = withoutNull(property).schema;
    const items = inner.type === "array" && inner.items ? (inner.items as JsonSchema) : null;
    return [row, ...fieldRows(items ?? inner, schemas, depth - 1, `${name}${items ? "[]" : ""}.`)];
  });
}

/** A plausible value for a schema: its example or default if it has one, else one built from its type. */
export function exampleOf(input: JsonSchema, schemas: Schemas, depth = 3): unknown {
  const schema = resolve(input, schemas);
  if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
  if ("default" in schema) return schema.default;
  if ("const" in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if (Array.isArray(schema.anyOf)) return exampleOf((schema.anyOf as JsonSchema[]).find((s) => s.type !== "null") ?? {}, schemas, depth);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  switch (type) {
    case "object": {
      if (depth <= 0) return {};
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      const required = new Set((schema.required ?? []) as string[]);
      const keys = Object.keys(properties).filter((k) => required.has(k));
      return Object.fromEntries((keys.length ? keys : Object.keys(properties).slice(0, 2)).map((k) => [k, exampleOf(properties[k], schemas, depth - 1)]));
    }
    case "array":
      return depth <= 0 || !schema.items ? [] : [exampleOf(schema.items as JsonSchema, schemas, depth - 1)];
    case "integer":
    case "number":
      return typeof schema.minimum === "number" ? schema.minimum : 1;
    case "boolean":
      return true;
    case "string":
      return stringExample(schema);
    default:
      return null;
  }
}

function stringExample(schema: JsonSchema): string {
  switch (schema.format) {
    case "date-time":
      return "2026-01-31T09:00:00.000Z";
    case "date":
      return "2026-01-31";
    case "email":
      return "name@example.com";
    case "uri":
      return "https://example.com";
    default:
      return typeof schema.minLength === "number" && schema.minLength > 6 ? "x".repeat(schema.minLength) : "text";
  }
}

/** A curl command that makes the call (path parameters left as `{name}` placeholders for the reader to fill in). */
export function curlExample(origin: string, basePath: string, op: DocumentedOperation, schemas: Schemas): string {
  const { operation } = op;
  const query = operation.parameters.filter((p) => p.in === "query" && p.required);
  const url = `${origin}${basePath}${op.path}${query.length ? "?" + query.map((p) => `${p.name}=${encodeURIComponent(String(exampleOf(p.schema, schemas)))}`).join("&") : ""}`;
  const lines = [`curl${op.method === "get" ? "" : ` -X ${op.method.toUpperCase()}`} "${url}"`];
  if (operation.security.length) lines.push(`-H "Authorization: Bearer $DEALPLAYBOOK_TOKEN"`);
  for (const header of operation.parameters.filter((p) => p.in === "header")) {
    lines.push(header.name === "If-Match" ? `-H 'If-Match: "1"'` : `-H "${header.name}: $(uuidgen)"`);
  }
  const content = operation.requestBody?.content ?? {};
  const json = content["application/json"];
  if (json) {
    lines.push(`-H "Content-Type: application/json"`);
    lines.push(`-d '${JSON.stringify(exampleOf(json.schema, schemas)).replace(/'/g, "'\\''")}'`);
  } else if (Object.keys(content).length) {
    const type = Object.keys(content)[0];
    lines.push(`-H "Content-Type: ${type}"`, `--data-binary @file`);
  }
  return lines.join(" \\\n  ");
}
