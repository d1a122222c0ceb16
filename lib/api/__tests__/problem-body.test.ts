import { describe, expect, it } from "vitest";
import { problemDetail, problemFieldErrors } from "@/lib/api/problem-body";

describe("reading a problem document in the browser", () => {
  it("gives the detail and the field errors by field, with fallbacks for a body that is not one", () => {
    const body = {
      type: "/docs/api#problem-validation",
      status: 400,
      detail: "This file is not a manifest the app can read; nothing was imported.",
      errors: [
        { detail: "files[0].sha256: not a SHA-256", pointer: "#/file" },
        { detail: "files[2].size: not a number", pointer: "#/file" },
        { detail: "Use the format YYYY-MM-DD", parameter: "receivedOn" },
        { detail: "Not JSON.", pointer: "#" },
        { detail: "Too long", pointer: "#/owner/name" },
      ],
    };
    expect(problemDetail(body, "fallback")).toBe(body.detail);
    expect(problemFieldErrors(body)).toEqual({
      file: ["files[0].sha256: not a SHA-256", "files[2].size: not a number"],
      receivedOn: ["Use the format YYYY-MM-DD"],
      _form: ["Not JSON."],
      "owner.name": ["Too long"],
    });
    expect(problemDetail(null, "The upload failed (HTTP 502).")).toBe("The upload failed (HTTP 502).");
    expect(problemDetail({ error: "old shape" }, "fallback")).toBe("fallback");
    expect(problemFieldErrors({ errors: "nope" })).toEqual({});
    expect(problemFieldErrors("<html>")).toEqual({});
  });
});
