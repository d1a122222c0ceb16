import { describe, expect, it } from "vitest";
import { refusal, refusalFormat } from "@/lib/http/refusal";

describe("refusals made before a route runs", () => {
  it("are problem documents on /api/v1, { error } on the rest of /api, plain text elsewhere", async () => {
    expect([
      refusalFormat("/api/v1/analyze"),
      refusalFormat("/api/v1"),
      refusalFormat("/api/auth/callback"),
      refusalFormat("/deals"),
      refusalFormat("/api/v10"),
    ]).toEqual(["problem", "problem", "json", "text", "json"]);

    const tooLarge = refusal("problem", 413, "The request is too large.");
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers.get("content-type")).toBe("application/problem+json");
    expect(tooLarge.headers.get("cache-control")).toBe("no-store");
    expect(await tooLarge.json()).toEqual({
      type: "/docs/api#problem-payload-too-large",
      title: "Request body too large",
      status: 413,
      detail: "The request is too large.",
    });
    expect(await refusal("problem", 411, "Send Content-Length.").json()).toMatchObject({ type: "/docs/api#problem-length-required", status: 411 });
    expect(await refusal("problem", 400, "Malformed URL.").json()).toMatchObject({ type: "/docs/api#problem-validation", detail: "Malformed URL." });

    const json = refusal("json", 413, "Too large.");
    expect(json.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await json.json()).toEqual({ error: "Too large." });

    const text = refusal("text", 405, "Method Not Allowed", { Allow: "GET, HEAD" });
    expect([text.status, text.headers.get("allow"), text.headers.get("content-type"), await text.text()]).toEqual([
      405,
      "GET, HEAD",
      "text/plain; charset=utf-8",
      "Method Not Allowed",
    ]);
  });
});
