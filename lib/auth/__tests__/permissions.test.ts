import { describe, expect, it } from "vitest";
import { ROLES } from "@/lib/domain/enums";
import { can, PERMISSIONS, type Permission } from "@/lib/auth/permissions";

// The expected matrix written out by hand: a change to PERMISSIONS must be mirrored here on purpose.
const EXPECTED: Record<Permission, string> = {
  //                         ADMIN CIO MANAGER NEGOTIATOR VIEWER
  "playbook:read": "Y Y Y Y Y",
  "playbook:edit": "Y N N N N",
  "deal:read": "Y Y Y Y Y",
  "deal:create": "Y N N Y N",
  "deal:update": "Y N N Y N",
  "deal:archive": "Y N N Y N",
  "clause:update": "Y N N Y N",
  "response:log": "Y N N Y N",
  "draft:manage": "Y N N Y N",
  "deal:submit-for-review": "Y N N Y N",
  "comment:write": "Y Y Y Y N",
  "assets:manage": "Y Y N Y N",
  "assets:verify": "Y Y N Y N",
  "vendor:read": "Y Y Y Y Y",
  "vendor:manage": "Y N N Y N",
  "vendor:merge": "Y N N N N",
  "api-token:own": "Y Y Y Y Y",
  "api-token:service": "Y N N N N",
  "webhook:manage": "Y N N N N",
  "api-docs:read": "Y Y Y Y Y",
  "comment:moderate": "Y N N N N",
  "clause:assign": "Y Y N Y N",
  "review:second-approve": "Y Y Y Y N",
  "notifications:read": "Y Y Y Y Y",
  "process:update": "Y Y N Y N",
  "review:decide": "Y Y N N N",
  "risk:accept": "Y Y N N N",
  "audit:read": "Y Y Y Y Y",
  "portfolio:read": "Y Y Y Y Y",
  "portfolio:export": "Y Y Y N N",
  "text:analyze": "Y Y Y Y Y",
  "members:manage": "Y N N N N",
  "organization:settings": "Y N N N N",
  "outbox:read": "Y N N N N",
  "audit:organization": "Y Y N N N",
  "organization:create": "Y Y Y Y Y",
  "organization:switch": "Y Y Y Y Y",
  "account:update": "Y Y Y Y Y",
  "session:sign-out": "Y Y Y Y Y",
};

describe("permission matrix", () => {
  it("has exactly the permissions the expected table lists", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [permission, row] of Object.entries(EXPECTED)) {
    const cells = row.split(" ");
    ROLES.forEach((role, i) => {
      it(`${role} ${cells[i] === "Y" ? "may" : "may not"} ${permission}`, () => {
        expect(can(role, permission)).toBe(cells[i] === "Y");
      });
    });
  }

  it("fails closed for unknown roles, permissions and missing memberships", () => {
    expect(can(undefined, "deal:read")).toBe(false);
    expect(can(null, "deal:read")).toBe(false);
    expect(can("SUPERUSER", "deal:read")).toBe(false);
    expect(can("admin", "deal:read")).toBe(false);
    expect(can("ADMIN", "deal:delete-everything")).toBe(false);
    expect(can("ADMIN", "toString")).toBe(false);
    expect(can("ADMIN", "__proto__")).toBe(false);
  });

  it("never lets a viewer change anything of the organisation", () => {
    // A viewer's own account is theirs: their password, their session, a new organisation of their own, their API tokens (which never do more than their role).
    const OWN = ["text:analyze", "organization:switch", "session:sign-out", "account:update", "organization:create", "api-token:own"];
    const writes = Object.keys(PERMISSIONS).filter((p) => !p.endsWith(":read") && !OWN.includes(p));
    for (const permission of writes) expect(can("VIEWER", permission)).toBe(false);
  });
});
