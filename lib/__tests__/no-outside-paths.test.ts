import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Files once pointed at documents next to the checkout (a design note, a stack note, the playbook's
// seed document) that a clone of the repository does not have. Everything a reader or a test needs
// is in the repository; this keeps it that way.

const ROOT = path.resolve(import.meta.dirname, "../..");
// Built from pieces so this file does not match itself.
const NEEDLES = [".." + "/shared", "/" + "work" + "/"];

function trackedFiles(): string[] | null {
  try {
    return execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" }).split("\0").filter(Boolean);
  } catch {
    return null; // not a git checkout (e.g. an exported tarball)
  }
}

const files = trackedFiles();

describe("the repository refers to nothing outside it", () => {
  it.skipIf(files === null)("no tracked file mentions a path next to the checkout", () => {
    const hits: string[] = [];
    for (const file of files!) {
      const full = path.join(ROOT, file);
      if (!fs.existsSync(full)) continue; // deleted in the working tree, not yet committed
      const text = fs.readFileSync(full, "utf8");
      if (text.includes("\0")) continue; // binary
      text.split("\n").forEach((line, i) => {
        for (const needle of NEEDLES) if (line.includes(needle)) hits.push(`${file}:${i + 1}: ${line.trim().slice(0, 120)}`);
      });
    }
    expect(files!.length).toBeGreaterThan(50);
    expect(hits).toEqual([]);
  });
});
