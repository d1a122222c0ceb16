import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildManifest } from "../manifest-build";
import { parseManifest } from "../manifest-schema";

let dir: string;
let outside: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "manifest-"));
  outside = await mkdtemp(path.join(tmpdir(), "outside-"));
  await mkdir(path.join(dir, "delivery", "weights"), { recursive: true });
  await writeFile(path.join(dir, "delivery", "weights", "model.bin"), "abc");
  await writeFile(path.join(dir, "delivery", "config.json"), "");
  await writeFile(path.join(outside, "secret.txt"), "not part of the delivery");
  await symlink(path.join(outside, "secret.txt"), path.join(dir, "delivery", "escape.txt"));
  await symlink("config.json", path.join(dir, "delivery", "config-link.json"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe("buildManifest", () => {
  it("hashes every file (the same values as sha256sum), with sorted POSIX paths, and skips links that leave the folder", async () => {
    const notes: string[] = [];
    const manifest = await buildManifest(path.join(dir, "delivery"), { log: (line) => notes.push(line), now: () => new Date("2026-06-01T10:00:00Z") });
    expect(manifest).toEqual({
      format: "dealplaybook-manifest",
      version: 1,
      createdAt: "2026-06-01T10:00:00.000Z",
      root: "delivery",
      files: [
        // sha256sum of an empty file and of "abc"
        { path: "config-link.json", size: 0, sha256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" },
        { path: "config.json", size: 0, sha256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" },
        { path: "weights/model.bin", size: 3, sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" },
      ],
    });
    expect(notes).toEqual(["skipped escape.txt: a link that leads out of the folder"]);
    expect(parseManifest(JSON.stringify(manifest)).ok).toBe(true);
  });

  it("refuses a path that is not a folder", async () => {
    await expect(buildManifest(path.join(dir, "delivery", "config.json"))).rejects.toThrow(/is not a folder/);
  });
});
