import { z } from "zod";
import { defineApiRoute } from "@/lib/api/define-api-route";
import { openApiDocument } from "@/lib/api/openapi";

const ZOpenApiDocument = z
  .looseObject({ openapi: z.string(), info: z.looseObject({ title: z.string(), version: z.string() }), paths: z.record(z.string(), z.unknown()) })
  .describe("An OpenAPI 3.1 document.");

/** This API's OpenAPI document, generated from the route registry. Public: it describes the API, not anyone's data. */
export const openApi = defineApiRoute(
  {
    operationId: "getOpenApiDocument",
    method: "GET",
    path: "/openapi.json",
    tag: "Reference",
    summary: "This API's OpenAPI document",
    description: "The OpenAPI 3.1 description of every endpoint, generated from the same schemas the server validates requests with.",
    permission: null,
    public: true,
    response: { status: 200, description: "The OpenAPI document.", schema: ZOpenApiDocument },
  },
  async () => ({ body: openApiDocument(), headers: { "Cache-Control": "public, max-age=300" } }),
);
