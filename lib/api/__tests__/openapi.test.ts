import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { ApiRoute, ApiRouteSpec } from "@/lib/api/define-api-route";
import { openApiDocument, type OpenApiDocument } from "@/lib/api/openapi";
import { PROBLEM_CONTENT_TYPE } from "@/lib/api/problem";
import { API_ROUTES } from "@/lib/api/routes";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const API_DIR = path.join(ROOT, "app/api/v1");
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

// Route files that predate the wrapper (session-only routes being moved onto it). Each is tolerated
// only while it does not use the registry; once it does, the entry must go (the test below says so).
async function validate(document: OpenApiDocument) {
  const result = await new Validator().validate(structuredClone(document) as never);
  return { valid: result.valid, errors: JSON.stringify(result.errors ?? [], null, 1).slice(0, 2000) };
}

function operations(document: OpenApiDocument) {
  return Object.entries(document.paths).flatMap(([template, item]) =>
    Object.entries(item).map(([method, operation]) => ({ template, method: method.toUpperCase(), operation: operation! })),
  );
}

/** Every `$ref` in the document, with where it is. */
function refsOf(node: unknown, at = "#"): { at: string; ref: string }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => refsOf(item, `${at}/${i}`));
  if (node === null || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([key, value]) => (key === "$ref" && typeof value === "string" ? [{ at, ref: value }] : refsOf(value, `${at}/${key}`)));
}

function resolvePointer(document: unknown, ref: string): unknown {
  if (!ref.startsWith("#/")) return undefined;
  return ref
    .slice(2)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), document);
}

/** app/api/v1/**\/route.ts → "/deals/{dealId}" and the HTTP methods the file exports. */
function routeFiles(): { template: string; file: string; methods: string[] }[] {
  return (readdirSync(API_DIR, { recursive: true }) as string[])
    .filter((file) => path.basename(file) === "route.ts")
    .map((file) => {
      const source = readFileSync(path.join(API_DIR, file), "utf8");
      const folders = path.dirname(file) === "." ? [] : path.dirname(file).split(path.sep);
      const template = "/" + folders.map((f) => f.replace(/^\[(\w+)\]$/, "{$1}")).join("/");
      const methods = HTTP_METHODS.filter((m) =>
        new RegExp(`export\\s+(?:const|(?:async\\s+)?function)\\s+${m}\\b|export\\s*\\{[^}]*\\b(?:as\\s+)?${m}\\b[^}]*\\}`).test(source),
      );
      return { template, file, methods: [...methods].sort() };
    });
}

describe("the OpenAPI document of /api/v1", () => {
  const document = openApiDocument();

  it("validates against the OpenAPI 3.1 schema, its $refs resolve and its operationIds are unique", async () => {
    expect(document.openapi).toBe("3.1.0");
    expect(await validate(document)).toEqual({ valid: true, errors: "[]" });
    const unresolved = refsOf(document).filter(({ ref }) => resolvePointer(document, ref) === undefined);
    expect(unresolved).toEqual([]);
    const ids = operations(document).map((o) => o.operation.operationId);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("documents exactly the registered routes, in a stable order", () => {
    const documented = operations(document).map((o) => `${o.method} ${o.template} ${o.operation.operationId}`);
    const registered = API_ROUTES.map((r) => `${r.spec.method} ${r.spec.path} ${r.spec.operationId}`);
    expect([...documented].sort()).toEqual([...registered].sort());
    expect(Object.keys(document.paths)).toEqual([...Object.keys(document.paths)].sort());
    expect(JSON.stringify(openApiDocument())).toBe(JSON.stringify(document));
  });

  it("has a route file exporting exactly the documented methods for every path, and documents every route file's methods", () => {
    const files = routeFiles();
    expect(files.length).toBeGreaterThan(0);
    const documented = new Map(
      Object.entries(document.paths).map(([template, item]) => [
        template,
        Object.keys(item)
          .map((m) => m.toUpperCase())
          .sort(),
      ]),
    );
    for (const { template, file, methods } of files) {
      expect(methods, `app/api/v1/${file}`).toEqual(documented.get(template) ?? []);
    }
    const withFiles = new Set(files.map((f) => f.template));
    for (const template of documented.keys()) expect(withFiles.has(template), `no route file for ${template}`).toBe(true);
  });

  it("describes every authenticated operation's access and its problems as problem documents", () => {
    for (const { template, operation } of operations(document)) {
      const isPublic = operation.security.length === 0;
      if (isPublic) continue;
      expect(operation["x-scope"], template).toMatch(/^(read|write)$/);
      expect(operation["x-roles"]!.length, template).toBeGreaterThan(0);
      for (const status of ["401", "403", "429"])
        expect(operation.responses[status], `${template} ${status}`).toEqual({ $ref: `#/components/responses/Problem${status}` });
    }
    expect(document.components.responses.Problem429.headers).toHaveProperty("Retry-After");
    expect(Object.keys(document.components.responses.Problem412.content!)).toEqual([PROBLEM_CONTENT_TYPE]);
    expect(document.components.schemas.Problem).toMatchObject({ required: ["type", "title", "status", "detail"] });
  });

  it("is served without authentication as getOpenApiDocument, cacheable for five minutes", async () => {
    const served = API_ROUTES.find((r) => r.spec.operationId === "getOpenApiDocument");
    expect(served?.spec).toMatchObject({ method: "GET", path: "/openapi.json", public: true });
    expect(document.paths["/openapi.json"]?.get?.security).toEqual([]);
    const response = await served!.handle(new Request("http://test.local/api/v1/openapi.json"));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(document)));
  });
});

describe("openApiDocument on a route with every kind of input", () => {
  const ZLine = z.object({ label: z.string().min(1).describe("What the line is"), quantity: z.number().int().default(1) }).meta({ id: "TestLine" });
  const ZThing = z.object({ id: z.string(), lines: z.array(ZLine) }).meta({ id: "TestThing" });
  const route = (spec: Partial<ApiRouteSpec> & Pick<ApiRouteSpec, "operationId" | "method" | "path">): ApiRoute => ({
    spec: { tag: "Things", summary: "A thing", permission: "deal:update", response: { status: 200, description: "The thing.", schema: ZThing }, ...spec },
    handle: async () => new Response(null),
  });
  const routes = [
    route({
      operationId: "updateThing",
      method: "PATCH",
      path: "/things/{thingId}",
      params: z.object({ thingId: z.string().min(1) }),
      query: z.object({ dryRun: z.enum(["true", "false"]).optional().describe("Only check") }),
      body: z.object({ lines: z.array(ZLine).max(5) }),
      ifMatch: true,
    }),
    route({
      operationId: "createThing",
      method: "POST",
      path: "/things",
      permission: "deal:create",
      body: ZThing,
      idempotent: true,
      response: { status: 201, description: "Made.", schema: ZThing },
    }),
    route({
      operationId: "uploadThing",
      method: "POST",
      path: "/things/{thingId}/files",
      body: { raw: { contentTypes: ["application/pdf"], description: "A PDF." } },
    }),
  ];
  const document = openApiDocument({ routes, serverUrl: "https://example.test/api/v1" });

  it("is valid OpenAPI 3.1 with sorted paths and resolvable named schemas", async () => {
    expect(await validate(document)).toEqual({ valid: true, errors: "[]" });
    expect(Object.keys(document.paths)).toEqual(["/things", "/things/{thingId}", "/things/{thingId}/files"]);
    expect(refsOf(document).filter(({ ref }) => resolvePointer(document, ref) === undefined)).toEqual([]);
    expect(document.servers).toEqual([{ url: "https://example.test/api/v1", description: "This Dealplaybook server" }]);
  });

  it("takes path and query parameters from the zod objects, and If-Match / Idempotency-Key from the flags", () => {
    const update = document.paths["/things/{thingId}"]!.patch!;
    expect(update.parameters.map((p) => [p.in, p.name, p.required])).toEqual([
      ["path", "thingId", true],
      ["query", "dryRun", false],
      ["header", "If-Match", true],
    ]);
    expect(update.parameters[1]).toMatchObject({ description: "Only check", schema: { type: "string", enum: ["true", "false"] } });
    expect(Object.keys(update.responses)).toEqual(["200", "400", "401", "403", "404", "412", "413", "428", "429", "503"]);
    expect(update).toMatchObject({ "x-scope": "write", "x-permission": "deal:update", "x-roles": expect.arrayContaining(["NEGOTIATOR"]) });
    const create = document.paths["/things"]!.post!;
    expect(create.parameters.map((p) => [p.in, p.name, p.required])).toEqual([["header", "Idempotency-Key", false]]);
    expect(Object.keys(create.responses)).toEqual(["201", "400", "401", "403", "409", "413", "422", "429", "503"]);
  });

  it("names a schema once in components, keeping its input side apart when it differs from what is answered", () => {
    const schemas = document.components.schemas;
    expect(document.paths["/things"]!.post!.responses["201"]).toMatchObject({
      content: { "application/json": { schema: { $ref: "#/components/schemas/TestThing" } } },
    });
    expect(document.paths["/things"]!.post!.requestBody!.content["application/json"].schema).toEqual({ $ref: "#/components/schemas/TestThingInput" });
    // A default makes a field optional in a request but always present in an answer.
    expect(schemas.TestLine).toMatchObject({ required: ["label", "quantity"] });
    expect(schemas.TestLineInput).toMatchObject({ required: ["label"], properties: { label: { description: "What the line is" } } });
    expect(schemas.TestThingInput).toMatchObject({ properties: { lines: { items: { $ref: "#/components/schemas/TestLineInput" } } } });
  });

  it("documents a raw body by its content types", () => {
    const upload = document.paths["/things/{thingId}/files"]!.post!;
    expect(upload.requestBody).toEqual({
      required: true,
      description: "A PDF.",
      content: { "application/pdf": { schema: { type: "string", format: "binary" } } },
    });
    expect(upload.responses).toHaveProperty("415");
  });
});
