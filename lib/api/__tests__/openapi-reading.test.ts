import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { ApiRoute, ApiRouteSpec } from "@/lib/api/define-api-route";
import { openApiDocument } from "@/lib/api/openapi";
import { curlExample, exampleOf, fieldRows, operationsByTag, typeLabel } from "@/lib/api/openapi-reading";

const ZItem = z.object({ label: z.string().min(1).describe("What it is"), count: z.number().int().min(0).max(10) }).meta({ id: "ReadingItem" });
const ZBody = z.object({
  name: z.string().max(200).describe("The name"),
  stage: z.enum(["DRAFT", "SIGNED"]),
  due: z.iso.date().nullable().optional(),
  items: z.array(ZItem).max(3),
  owner: z.object({ id: z.string(), since: z.iso.datetime() }).optional(),
});

function route(spec: Partial<ApiRouteSpec> & Pick<ApiRouteSpec, "operationId" | "method" | "path" | "tag">): ApiRoute {
  return { spec: { summary: "S", permission: "deal:update", response: { status: 200, description: "OK" }, ...spec }, handle: async () => new Response(null) };
}

const document = openApiDocument({
  routes: [
    route({
      operationId: "patchThing",
      method: "PATCH",
      path: "/things/{thingId}",
      tag: "Things",
      params: z.object({ thingId: z.string() }),
      body: ZBody,
      ifMatch: true,
    }),
    route({
      operationId: "listThings",
      method: "GET",
      path: "/things",
      tag: "Things",
      query: z.object({ limit: z.coerce.number().int().min(1).max(100).optional() }),
    }),
    route({
      operationId: "upload",
      method: "POST",
      path: "/things/{thingId}/files",
      tag: "Files",
      body: { raw: { contentTypes: ["application/pdf"], description: "A PDF" } },
    }),
    route({ operationId: "whoami", method: "GET", path: "/whoami", tag: "Account", permission: null, public: true }),
  ],
});
const schemas = document.components.schemas;
const byId = Object.fromEntries(operationsByTag(document).flatMap((g) => g.operations.map((op) => [op.operation.operationId, op])));

describe("reading the OpenAPI document for people", () => {
  it("groups operations by tag, tags in order, paths in order within a tag", () => {
    expect(operationsByTag(document).map((g) => [g.tag, g.operations.map((o) => `${o.method} ${o.path}`)])).toEqual([
      ["Account", ["get /whoami"]],
      ["Files", ["post /things/{thingId}/files"]],
      ["Things", ["get /things", "patch /things/{thingId}"]],
    ]);
  });

  it("lists a body's fields two levels deep with short types", () => {
    const body = byId.patchThing.operation.requestBody!.content["application/json"].schema;
    expect(fieldRows(body, schemas)).toEqual([
      { name: "name", type: "string, at most 200 characters", required: true, description: "The name" },
      { name: "stage", type: 'one of: "DRAFT", "SIGNED"', required: true },
      { name: "due", type: "string, date or null", required: false },
      { name: "items", type: "array of ReadingItem", required: true },
      { name: "items[].label", type: "string, at least 1 character", required: true, description: "What it is" },
      { name: "items[].count", type: "integer, 0–10", required: true },
      { name: "owner", type: "object", required: false },
      { name: "owner.id", type: "string", required: true },
      { name: "owner.since", type: "string, date-time", required: true },
    ]);
  });

  it("builds an example the body's zod schema accepts, and a curl command that sends it", () => {
    const op = byId.patchThing;
    const example = exampleOf(op.operation.requestBody!.content["application/json"].schema, schemas);
    expect(ZBody.safeParse(example).success).toBe(true);
    const curl = curlExample("https://dp.example", "/api/v1", op, schemas);
    expect(curl.split(" \\\n  ")).toEqual([
      'curl -X PATCH "https://dp.example/api/v1/things/{thingId}"',
      '-H "Authorization: Bearer $DEALPLAYBOOK_TOKEN"',
      `-H 'If-Match: "1"'`,
      '-H "Content-Type: application/json"',
      `-d '${JSON.stringify(example)}'`,
    ]);
    expect(curlExample("https://dp.example", "/api/v1", byId.whoami, schemas)).toBe('curl "https://dp.example/api/v1/whoami"');
    expect(curlExample("", "/api/v1", byId.upload, schemas)).toContain('-H "Content-Type: application/pdf" \\\n  --data-binary @file');
  });

  it("labels types with their ranges, names and nullability", () => {
    const limit = byId.listThings.operation.parameters.find((p) => p.name === "limit")!;
    expect(typeLabel(limit.schema, schemas)).toBe("integer, 1–100");
    expect(typeLabel({ type: "string", minLength: 2, maxLength: 2 }, schemas)).toBe("string, exactly 2 characters");
    expect(typeLabel({ anyOf: [{ $ref: "#/components/schemas/ReadingItem" }, { type: "null" }] }, schemas)).toBe("ReadingItem or null");
  });
});
