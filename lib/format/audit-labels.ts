export const AUDIT_ACTION_LABEL: Record<string, string> = {
  // Vendors as records (issue 16).
  "vendor.merged": "Vendors merged",
  "vendor.renamed": "Vendor renamed",
  "vendor.merge-dismissed": "Vendor merge proposal dismissed",
  "deal.created": "Deal created",
  "deal.updated": "Deal edited",
  "deal.archived": "Deal archived",
  "deal.restored": "Deal restored",
  "deal.submitted": "Submitted for CIO review",
  "clause.updated": "Clause updated",
  "clause.rules-overridden": "Clause rules set aside",
  "clause.rules-restored": "Clause rules applied again",
  "clause.added-to-deal": "Clause added to this deal only",
  "clause.removed-from-deal": "Deal-only clause removed",
  "response.logged": "Vendor response logged",
  "process.updated": "Process step updated",
  "review.approved": "Review approved",
  "review.changes-requested": "Review: changes requested",
  "risk.accepted": "Risk accepted",
  "risk.revoked": "Risk acceptance revoked",
  // Model assets and escrow (issue 16).
  "deliverable.added": "Asset added to the manifest",
  "deliverable.updated": "Promised asset edited",
  "deliverable.removed": "Asset removed from the manifest",
  "deliverables.suggested-added": "Usual assets added to the manifest",
  "deliverable.delivery-recorded": "Delivery recorded",
  "deliverable.verified": "Delivered asset checked: passed",
  "deliverable.verification-failed": "Delivered asset checked: failed",
  "manifest.imported": "Delivery manifest imported",
  "escrow.arrangement-saved": "Escrow arrangement saved",
  "escrow.deposit-recorded": "Escrow deposit recorded",
  "licence-finding.accepted": "Licence finding accepted in writing",
  "licence-finding.revoked": "Licence finding acceptance revoked",
  // Playbook versions on deals (issue 13).
  "deal.playbook-upgraded": "Deal upgraded to a newer playbook version",
  "clause.recheck-confirmed": "Clause confirmed after a playbook change",
  // The public API (issue 17): tokens.
  "api-token.created": "API token created",
  "api-token.revoked": "API token revoked",
  // The organisation (issue 12): members, invitations, settings, accounts, sign-ins.
  "organization.created": "Organisation created",
  "organization.settings-changed": "Organisation settings changed",
  "invitation.sent": "Invitation sent",
  "invitation.resent": "Invitation re-sent",
  "invitation.revoked": "Invitation revoked",
  "invitation.accepted": "Invitation accepted",
  "member.role-changed": "Role changed",
  "member.approver-changed": "Approver flag changed",
  "member.disabled": "Member disabled",
  "member.enabled": "Member re-enabled",
  "member.removed": "Member removed",
  "member.joined-sso": "Joined through single sign-on",
  // The playbook editor (issue 13): edits of the organisation's draft.
  "playbook.draft-started": "Playbook draft started",
  "playbook.draft-discarded": "Playbook draft discarded",
  "playbook.draft-clause-updated": "Draft: clause edited",
  "playbook.draft-clause-added": "Draft: clause added",
  "playbook.draft-clause-retired": "Draft: clause retired",
  "playbook.draft-clause-moved": "Draft: clause moved",
  "playbook.draft-section-updated": "Draft: section edited",
  "playbook.draft-scenario-added": "Draft: scenario added",
  "playbook.draft-scenario-updated": "Draft: scenario edited",
  "playbook.draft-scenario-removed": "Draft: scenario removed",
  "playbook.draft-pitch-added": "Draft: pitch added",
  "playbook.draft-pitch-updated": "Draft: pitch edited",
  "playbook.draft-pitch-removed": "Draft: pitch removed",
  "playbook.draft-step-added": "Draft: process step added",
  "playbook.draft-step-updated": "Draft: process step edited",
  "playbook.draft-step-removed": "Draft: process step removed",
  "playbook.draft-step-moved": "Draft: process step moved",
  "password.changed": "Password changed",
  "password.reset-requested": "Password reset requested",
  "password.reset": "Password reset",
  "notifications.preferences-changed": "Notification preferences changed",
  "signin.succeeded": "Signed in",
  "signin.failed": "Sign-in failed",
  "signin.throttled": "Sign-in throttled",
  "signin.refused": "Sign-in refused",
  "outbox.retried": "Email retry requested",
  "webhook.created": "Webhook registered",
  "webhook.updated": "Webhook changed",
  "webhook.secret-rolled": "Webhook signing secret rolled",
  "webhook.deleted": "Webhook deleted",
  "webhook.delivery-resent": "Webhook delivery re-sent",
  // Playbook versions (issue 13).
  "playbook.published": "Playbook version published",
  "playbook.draft-imported": "Playbook draft imported",
  // Vendor drafts (issue 14): counter wording for the redline.
  "draft.counter-set": "Draft: counter wording set",
  "draft.counter-cleared": "Draft: counter wording removed",
  "draft.logged": "Vendor draft round logged as responses",
  // Vendor drafts (issue 14): rounds and their review.
  "draft.added": "Vendor draft added",
  "draft.deleted": "Vendor draft deleted",
  "draft.mapping-accepted": "Draft: mapping accepted",
  "draft.mapping-rejected": "Draft: mapping rejected",
  "draft.mapping-added": "Draft: passage mapped to a clause",
  "draft.flag-dismissed": "Draft: flag dismissed",
  "draft.flag-restored": "Draft: flag restored",
  // Clause discussion and assignment (issue 15).
  "comment.posted": "Comment posted",
  "comment.edited": "Comment edited",
  "comment.deleted": "Comment deleted",
  "clause.assigned": "Clause assigned",
};

export const AUDIT_ENTITY_LABEL: Record<string, string> = {
  Deal: "Deal",
  DealClause: "Clause",
  VendorResponse: "Vendor response",
  Review: "Review",
  RiskAcceptance: "Risk acceptance",
  LicenceFindingAcceptance: "Licence finding acceptance",
  DealRecommendation: "Process step",
  Playbook: "Playbook",
  Organization: "Organisation",
  Membership: "Member",
  Invitation: "Invitation",
  User: "Account",
  OutboxMessage: "Email",
  DealDraft: "Vendor draft",
  DraftPassage: "Draft passage",
  ClauseComment: "Comment",
  Deliverable: "Promised asset",
  DeliverableVerification: "Asset check",
  ManifestImport: "Delivery manifest",
  EscrowArrangement: "Escrow arrangement",
  EscrowDeposit: "Escrow deposit",
  ApiToken: "API token",
};

/** An action's label; an action without one (written before its label existed) reads as itself. */
export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABEL[action] ?? action;
}

/** The fields that differ between before and after, for a compact "what changed" view. */
export function changedFields(before: unknown, after: unknown): { field: string; from: unknown; to: unknown }[] {
  const b = (before && typeof before === "object" ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === "object" ? after : {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => k !== "version");
  return keys.filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k])).map((k) => ({ field: k, from: b[k], to: a[k] }));
}
