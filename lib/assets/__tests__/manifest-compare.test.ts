import { describe, expect, it } from "vitest";
import { compareManifest, type PromisedAsset } from "../manifest-compare";

const H = (c: string) => c.repeat(64);
const promise = (id: string, expectedPath: string, expectedSha256: string | null = null, name = id): PromisedAsset => ({
  id,
  name,
  expectedPath,
  expectedSha256,
});
const files = [
  { path: "weights/model.safetensors", size: 10, sha256: H("a") },
  { path: "tokenizer/tokenizer.json", size: 2, sha256: H("b") },
  { path: "config.json", size: 1, sha256: H("c") },
  { path: "notes/readme.txt", size: 1, sha256: H("d") },
];

describe("compareManifest", () => {
  it("matches by expected path: equal stated hash, other stated hash, no stated hash, not there", () => {
    const result = compareManifest(
      [
        promise("w", "weights/model.safetensors", H("a")),
        promise("t", "./tokenizer/tokenizer.json", H("f")),
        promise("c", "config.json"),
        promise("m", "MODEL_CARD.md"),
      ],
      files,
    );
    expect(result.rows.map((r) => [r.deliverableId, r.outcome, r.matchedBy, r.file?.sha256 ?? null])).toEqual([
      ["w", "MATCH", "path", H("a")],
      ["t", "MISMATCH", "path", H("b")],
      ["c", "DELIVERED", "path", H("c")],
      ["m", "MISSING", null, null],
    ]);
    expect(result.unpromised.map((f) => f.path)).toEqual(["notes/readme.txt"]);
    expect(result.counts).toEqual({ MATCH: 1, MISMATCH: 1, DELIVERED: 1, MISSING: 1, unpromised: 1 });
  });

  it("falls back to the file name, only when exactly one file bears it", () => {
    expect(compareManifest([promise("w", "delivery/model.safetensors", H("a"))], files).rows[0]).toMatchObject({ outcome: "MATCH", matchedBy: "name" });
    const twins = [...files, { path: "other/config.json", size: 1, sha256: H("e") }];
    expect(compareManifest([promise("c", "cfg/config.json")], twins).rows[0].outcome).toBe("MISSING");
    expect(compareManifest([promise("readme.txt", "")], files).rows[0]).toMatchObject({ outcome: "DELIVERED", matchedBy: "name" });
  });

  it("lets a file answer one promise only", () => {
    const result = compareManifest([promise("one", "config.json"), promise("two", "config.json")], files);
    expect(result.rows.map((r) => r.outcome)).toEqual(["DELIVERED", "MISSING"]);
  });
});
