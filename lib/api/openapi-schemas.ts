import { z } from "zod";

// zod → JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1) for the OpenAPI document. Schemas named
// with `.meta({ id })` become `components/schemas/<id>` and are referenced, not repeated. A request reads
// a schema's input side (defaults optional, extra keys allowed) and a response its output side, so when
// the two differ the input side is kept apart as `<id>Input`.

export type JsonSchema = { [keyword: string]: unknown };

export const COMPONENT_SCHEMA_PREFIX = "#/components/schemas/";

const DEFS_PREFIX = "#/$defs/";

export class ComponentSchemas {
  readonly schemas: Record<string, JsonSchema> = {};

  /** The JSON Schema of `schema` (its input or output side), its named parts moved to `schemas`. */
  convert(schema: z.ZodType, io: "input" | "output"): JsonSchema {
    const converted = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as JsonSchema;
    const { $schema: _dialect, $defs, ...root } = converted;
    const defs = ($defs ?? {}) as Record<string, JsonSchema>;
    const names = this.namesFor(defs, io);
    for (const [id, def] of Object.entries(defs)) this.schemas[names.get(id)!] ??= rewriteRefs(def, names);
    return rewriteRefs(root, names);
  }

  /**
   * The component name of each definition: its id, unless a different schema already holds that name
   * (the output side of the same zod schema), then `<id>Input`. Renaming one definition changes the
   * references in the others, so this repeats until no name changes.
   */
  private namesFor(defs: Record<string, JsonSchema>, io: "input" | "output"): Map<string, string> {
    const names = new Map(Object.keys(defs).map((id) => [id, id]));
    for (let changed = true; changed;) {
      changed = false;
      for (const [id, def] of Object.entries(defs)) {
        const name = names.get(id)!;
        const existing = this.schemas[name];
        if (existing === undefined || sameJson(existing, rewriteRefs(def, names))) continue;
        if (io === "output" || name !== id) throw new Error(`Two different schemas are named "${id}" (.meta({ id })); ids must be unique.`);
        names.set(id, `${id}Input`);
        changed = true;
      }
    }
    return names;
  }
}

function rewriteRefs(node: JsonSchema, names: Map<string, string>): JsonSchema {
  return JSON.parse(
    JSON.stringify(node, (key, value) =>
      key === "$ref" && typeof value === "string" && value.startsWith(DEFS_PREFIX)
        ? COMPONENT_SCHEMA_PREFIX + (names.get(value.slice(DEFS_PREFIX.length)) ?? value.slice(DEFS_PREFIX.length))
        : value,
    ),
  ) as JsonSchema;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
