import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_LABEL, auditActionLabel } from "@/lib/format/audit-labels";
import { auditSummary } from "@/lib/format/audit-summary";

/** Every .ts source file under `dir`, tests excluded. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "__tests__" || entry.name === "generated" ? [] : sources(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** The action strings the application writes: literals on `action:` lines, and the sign-in outcomes. */
function writtenActions(): string[] {
  const actions = new Set<string>();
  for (const file of sources(path.join(process.cwd(), "lib"))) {
    for (const line of fs.readFileSync(file, "utf8").split("\n")) {
      if (!/\baction: /.test(line)) continue;
      for (const [, literal] of line.matchAll(/"([a-z]+\.[a-z-]+)"/g)) actions.add(literal);
    }
  }
  const outcomes = fs.readFileSync(path.join(process.cwd(), "lib/auth/sign-in-audit.ts"), "utf8").match(/SignInAuditOutcome = ([^;]+);/)![1];
  for (const [, outcome] of outcomes.matchAll(/"([a-z]+)"/g)) actions.add(`signin.${outcome}`);
  return [...actions].sort();
}

describe("audit action labels", () => {
  it("label every action the application writes", () => {
    const written = writtenActions();
    expect(written).toEqual(expect.arrayContaining(["deal.updated", "review.approved", "risk.accepted", "process.updated", "signin.throttled"]));
    expect(written.filter((a) => !(a in AUDIT_ACTION_LABEL))).toEqual([]);
  });

  it("fall back to the raw action", () => {
    expect(auditActionLabel("member.disabled")).toBe("Member disabled");
    expect(auditActionLabel("legacy.thing")).toBe("legacy.thing");
  });
});

describe("auditSummary", () => {
  it("shows a sign-in's method and address", () => {
    expect(auditSummary({ action: "signin.succeeded", before: null, after: { method: "password", ip: "203.0.113.4" } }).lines).toEqual([
      "password from 203.0.113.4",
    ]);
    expect(auditSummary({ action: "signin.refused", before: null, after: { method: "sso:corp", ip: "::1", reason: "disabled" } }).lines).toEqual([
      "SSO (corp) from ::1 (disabled)",
    ]);
  });

  it("shows the changed fields before → after, at most four, without the version", () => {
    const summary = auditSummary({
      action: "deal.updated",
      before: { a: 1, b: "x", c: 1, d: 1, e: 1, version: 1 },
      after: { a: 2, b: "y", c: 2, d: 2, e: 2, version: 2 },
    });
    expect(summary).toEqual({ lines: ["a: 1 → 2", "b: x → y", "c: 1 → 2", "d: 1 → 2"], more: 1 });
    expect(auditSummary({ action: "invitation.sent", before: null, after: { email: "a@b.example", role: "VIEWER" } }).lines).toEqual([
      "email: a@b.example",
      "role: VIEWER",
    ]);
  });
});
