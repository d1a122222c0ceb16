import { describe, expect, it } from "vitest";
import { parseManifest } from "../manifest-schema";

const file = (path: string, sha256 = "0".repeat(64), size = 1) => ({ path, size, sha256 });
const manifest = (files: unknown[], extra: object = {}) =>
  JSON.stringify({ format: "dealplaybook-manifest", version: 1, createdAt: "2026-06-01T10:00:00.000Z", root: "delivery", files, ...extra });

describe("parseManifest", () => {
  it("accepts what the manifest command writes", () => {
    const parsed = parseManifest(manifest([file("weights/model.safetensors"), file("tokenizer.json")]));
    expect(parsed.ok && parsed.manifest.files.map((f) => f.path)).toEqual(["weights/model.safetensors", "tokenizer.json"]);
  });

  it("refuses malformed JSON with the parser's reason", () => {
    const parsed = parseManifest('{"format": "dealplaybook-manifest",');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors[0]).toMatch(/^Not valid JSON: /);
  });

  it("names the path of each problem", () => {
    const files = [file("a"), file("b"), file("c"), file("d", "ABC"), { path: "../e", size: -1, sha256: "1".repeat(64) }];
    const parsed = parseManifest(manifest(files, { format: "other", version: 2 }));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors).toEqual([
      'format: must be "dealplaybook-manifest"',
      "version: must be 1",
      "files[3].sha256: must be 64 lower-case hex characters",
      "files[4].path: must be a relative path with / separators",
      "files[4].size: must not be negative",
    ]);
  });

  it("refuses upper-case hashes, a missing file list and a path listed twice", () => {
    expect(parseManifest(manifest([file("a", "A".repeat(64))]))).toEqual({ ok: false, errors: ["files[0].sha256: must be 64 lower-case hex characters"] });
    expect(parseManifest(JSON.stringify({ format: "dealplaybook-manifest", version: 1, createdAt: "2026-06-01", root: "x" }))).toEqual({
      ok: false,
      errors: ["files: must be a list"],
    });
    expect(parseManifest(manifest([file("a"), file("a")]))).toEqual({ ok: false, errors: ["files[1].path: lists a twice"] });
  });
});
