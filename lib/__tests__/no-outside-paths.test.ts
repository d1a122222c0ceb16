import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Files once pointed at documents next to the checkout (a design note, a stack note, the playbook's
// seed document) that a clone of the repository does not have. Everything a reader or a test needs
// is in the repository; this keeps it that way.

const ROOT = path.resolve(import.meta.dirname, "../..");
// Built from pieces so this file does not match itself.
const NEEDLES = [".." + "/shared", "/" + "work" + "/"];

// Everything in the checkout except what is installed, built or generated (git-ignored output).
const SKIP = /^(node_modules|\.git|\.next|\.data|lib\/generated|test-results|playwright-report|bench-results|e2e\/screenshots|e2e\/\.auth)(\/|$)/;

function projectFiles(): string[] {
  return (fs.readdirSync(ROOT, { recursive: true, encoding: "utf8" }) as string[])
    .map((f) => f.split(path.sep).join("/"))
    .filter((f) => !SKIP.test(f) && fs.statSync(path.join(ROOT, f)).isFile());
}

describe("the repository refers to nothing outside it", () => {
  it("no file of the project mentions a path next to the checkout", () => {
    const files = projectFiles();
    const hits: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(path.join(ROOT, file), "utf8");
      if (text.includes("\0")) continue; // binary
      text.split("\n").forEach((line, i) => {
        for (const needle of NEEDLES) if (line.includes(needle)) hits.push(`${file}:${i + 1}: ${line.trim().slice(0, 120)}`);
      });
    }
    expect(files.length).toBeGreaterThan(50);
    expect(hits).toEqual([]);
  });
});
