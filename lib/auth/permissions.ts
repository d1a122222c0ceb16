import { ROLES, type Role } from "@/lib/domain/enums";

// The permission matrix: the only place that says which role may do what. Fail-closed: an unknown
// role, an unknown permission or a missing membership is always refused.

const EVERYONE: readonly Role[] = ROLES;

export const PERMISSIONS = {
  "playbook:read": EVERYONE,
  // Drafting, importing and publishing the organisation's playbook.
  "playbook:edit": ["ADMIN"],
  "deal:read": EVERYONE,
  "deal:create": ["ADMIN", "NEGOTIATOR"],
  "deal:update": ["ADMIN", "NEGOTIATOR"],
  "deal:archive": ["ADMIN", "NEGOTIATOR"],
  "clause:update": ["ADMIN", "NEGOTIATOR"],
  "response:log": ["ADMIN", "NEGOTIATOR"],
  // Vendor drafts on a deal: upload or paste a round, review its mapping, counter wording, log it.
  "draft:manage": ["ADMIN", "NEGOTIATOR"],
  "deal:submit-for-review": ["ADMIN", "NEGOTIATOR"],
  // Teamwork. Discussing a clause is open to every role that takes part (a viewer only reads); an
  // admin may also delete another person's comment. Assigning work on a clause: the people who run
  // the negotiation and the CIO. The second approval of the approval policy: the service lets only
  // members an admin flagged as approvers give it, and never a viewer. Each person's own inbox and
  // notification settings are theirs, whatever the role.
  "comment:write": ["ADMIN", "CIO", "MANAGER", "NEGOTIATOR"],
  "comment:moderate": ["ADMIN"],
  "clause:assign": ["ADMIN", "NEGOTIATOR", "CIO"],
  "review:second-approve": ["ADMIN", "CIO", "MANAGER", "NEGOTIATOR"],
  "notifications:read": EVERYONE,
  // Model assets after signature: the deliverables manifest, imports of delivered folders, checks of
  // delivered files, escrow deposits. The people who run the deal and the CIO (who often has the
  // engineers load the model); a manager or viewer reads them.
  "assets:manage": ["ADMIN", "NEGOTIATOR", "CIO"],
  "assets:verify": ["ADMIN", "NEGOTIATOR", "CIO"],
  // Vendors as records: everyone reads a vendor's page; the people who create deals add and rename
  // vendors; merging two records (and deciding merge proposals) is an admin's.
  "vendor:read": EVERYONE,
  "vendor:manage": ["ADMIN", "NEGOTIATOR"],
  "vendor:merge": ["ADMIN"],
  // The public API. Everyone may make personal tokens (a token never does more than its owner's role
  // allows); organisation service tokens, overseeing every token of the organisation, and webhooks
  // are an admin's. The API reference is open to every member.
  "api-token:own": EVERYONE,
  "api-token:service": ["ADMIN"],
  "webhook:manage": ["ADMIN"],
  "api-docs:read": EVERYONE,
  "process:update": ["ADMIN", "NEGOTIATOR", "CIO"],
  "review:decide": ["ADMIN", "CIO"],
  "risk:accept": ["ADMIN", "CIO"],
  "audit:read": EVERYONE,
  "portfolio:read": EVERYONE,
  "portfolio:export": ["ADMIN", "CIO", "MANAGER"],
  "text:analyze": EVERYONE,
  // Administration (/admin): members and invitations, settings, the outbox; the organisation audit log.
  "members:manage": ["ADMIN"],
  "organization:settings": ["ADMIN"],
  "outbox:read": ["ADMIN"],
  "audit:organization": ["ADMIN", "CIO"],
  "organization:create": EVERYONE,
  "organization:switch": EVERYONE,
  "account:update": EVERYONE,
  "session:sign-out": EVERYONE,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function can(role: unknown, permission: string): boolean {
  if (!isRole(role)) return false;
  if (!Object.prototype.hasOwnProperty.call(PERMISSIONS, permission)) return false;
  const allowed: readonly Role[] = PERMISSIONS[permission as Permission];
  return allowed.includes(role);
}

/** Roles that may perform a permission, for UI hints ("Only a CIO can approve"). */
export function rolesFor(permission: Permission): readonly Role[] {
  return PERMISSIONS[permission];
}
