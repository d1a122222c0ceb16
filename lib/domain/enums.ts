// Closed vocabularies shared by the database schema, the domain logic and the UI.
// Kept as plain const tuples so pure modules (and their unit tests) never import Prisma.

export const ROLES = ["ADMIN", "CIO", "MANAGER", "NEGOTIATOR", "VIEWER"] as const;
export type Role = (typeof ROLES)[number];

export const PRIORITIES = ["MUST_HAVE", "IMPORTANT", "NICE_TO_HAVE"] as const;
export type Priority = (typeof PRIORITIES)[number];

/** What kind of licence a deal's base model comes under (an applicability-rule fact). */
export const BASE_MODEL_LICENCE_TYPES = ["UNKNOWN", "NONE", "OPEN_PERMISSIVE", "OPEN_RESTRICTED", "PROPRIETARY"] as const;
export type BaseModelLicenceType = (typeof BASE_MODEL_LICENCE_TYPES)[number];

export const HOSTING_MODELS = ["SELF_HOSTED", "VENDOR_HOSTED", "API_ONLY", "HYBRID"] as const;
export type HostingModel = (typeof HOSTING_MODELS)[number];

export const DEAL_STAGES = ["INTAKE", "NEGOTIATING", "CIO_REVIEW", "APPROVED", "SIGNED", "WALKED_AWAY"] as const;
export type DealStage = (typeof DEAL_STAGES)[number];

export const CLAUSE_STATUSES = ["NOT_STARTED", "IN_NEGOTIATION", "MUST_HAVE_MET", "FALLBACK_ACCEPTED", "BELOW_WALK_AWAY", "NOT_APPLICABLE"] as const;
export type ClauseStatus = (typeof CLAUSE_STATUSES)[number];

/** What became of a sign-in attempt (lib/auth/sign-in-throttle.ts). */
export const SIGN_IN_OUTCOMES = ["SUCCEEDED", "FAILED", "THROTTLED"] as const;
export type SignInOutcome = (typeof SIGN_IN_OUTCOMES)[number];

export const RESPONSE_CHANNELS = ["REDLINE", "EMAIL", "CALL", "MEETING"] as const;
export type ResponseChannel = (typeof RESPONSE_CHANNELS)[number];

export const VENDOR_STANCES = ["ACCEPTS", "COUNTERS", "REJECTS", "DEFERS"] as const;
export type VendorStance = (typeof VENDOR_STANCES)[number];

/** Which of our positions the vendor's offer reaches. */
export const OFFER_POSITIONS = ["MUST_HAVE", "FALLBACK", "BELOW_WALK_AWAY", "UNCLEAR"] as const;
export type OfferPosition = (typeof OFFER_POSITIONS)[number];

export const REVIEW_DECISIONS = ["APPROVED", "CHANGES_REQUESTED"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const OUTBOX_STATUSES = ["PENDING", "SENDING", "SENT", "STORED", "FAILED"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** Where a vendor draft round came from. */
export const DRAFT_SOURCES = ["DOCX", "PDF", "TEXT", "EMAIL"] as const;
export type DraftSource = (typeof DRAFT_SOURCES)[number];

/** How a draft passage came to be mapped to a clause: by the engine or by a person. */
export const DRAFT_MAPPING_ORIGINS = ["AUTO", "MANUAL"] as const;
export type DraftMappingOrigin = (typeof DRAFT_MAPPING_ORIGINS)[number];

export const DRAFT_MAPPING_STATES = ["PROPOSED", "ACCEPTED", "REJECTED"] as const;
export type DraftMappingState = (typeof DRAFT_MAPPING_STATES)[number];

/** The seven checklist sections: six IP layers plus the cross-cutting deployment & exit section. */
export const LAYER_KEYS = ["training-data", "base-model", "weights-artifacts", "derived-data", "outputs", "know-how", "deployment-exit"] as const;
export type LayerKey = (typeof LAYER_KEYS)[number];

/** What a notification is about (lib/notifications/kinds.ts: labels, default delivery). */
export const NOTIFICATION_KINDS = [
  "MENTION",
  "ASSIGNMENT",
  "SUBMITTED",
  "APPROVED",
  "CHANGES_REQUESTED",
  "SECOND_APPROVAL_NEEDED",
  "APPROVAL_STALE",
  "RISK_REVIEW_DUE",
  "SIGNING_NEAR",
  "DEAL_IDLE",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** In the app only, also by email at once, or in the daily digest email. */
export const NOTIFICATION_DELIVERIES = ["IN_APP", "EMAIL", "DIGEST"] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];

export const NOTIFICATION_EMAIL_STATES = ["NONE", "QUEUED", "DIGEST_PENDING", "DIGESTED"] as const;
export type NotificationEmailState = (typeof NOTIFICATION_EMAIL_STATES)[number];

/** What the client will use a model for, as far as base-model licences care (lib/licences/findings.ts). */
export const USE_CASE_CATEGORIES = [
  "UNSPECIFIED",
  "GENERAL_BUSINESS",
  "CUSTOMER_FACING",
  "SOFTWARE_DEVELOPMENT",
  "HEALTHCARE",
  "FINANCIAL_DECISIONS",
  "EMPLOYMENT_DECISIONS",
  "LEGAL_ADVICE",
  "CRITICAL_INFRASTRUCTURE",
  "SURVEILLANCE_BIOMETRICS",
  "MILITARY_DEFENCE",
  "MODEL_DEVELOPMENT",
] as const;
export type UseCaseCategory = (typeof USE_CASE_CATEGORIES)[number];

/** Model assets a contract promises (lib/assets/). */
export const DELIVERABLE_KINDS = [
  "WEIGHTS",
  "ADAPTER",
  "TOKENIZER",
  "CONFIGURATION",
  "INFERENCE_CODE",
  "TRAINING_CODE",
  "DATASET",
  "EVALUATION_SET",
  "EVALUATION_REPORT",
  "MODEL_CARD",
  "OTHER",
] as const;
export type DeliverableKind = (typeof DELIVERABLE_KINDS)[number];

export const VERIFICATION_METHODS = ["HASH_MATCH", "MODEL_LOADED", "EVALUATION_REPRODUCED"] as const;
export type VerificationMethod = (typeof VERIFICATION_METHODS)[number];

export const ESCROW_RELEASE_TRIGGERS = ["INSOLVENCY", "CEASES_BUSINESS", "FAILURE_TO_SUPPORT", "CHANGE_OF_CONTROL", "MATERIAL_BREACH", "END_OF_LIFE"] as const;
export type EscrowReleaseTrigger = (typeof ESCROW_RELEASE_TRIGGERS)[number];

// Vendors as records (issue 16): a merge proposal is pending or dismissed (a merged pair goes with the merged vendor).
export const VENDOR_MERGE_PROPOSAL_STATUSES = ["PENDING", "DISMISSED"] as const;
export type VendorMergeProposalStatus = (typeof VENDOR_MERGE_PROPOSAL_STATUSES)[number];

// Public API (issue 17): token kinds and scopes; webhook event types and delivery states.
export const API_TOKEN_KINDS = ["PERSONAL", "SERVICE"] as const;
export type ApiTokenKind = (typeof API_TOKEN_KINDS)[number];
export const API_SCOPES = ["READ", "WRITE"] as const;
export type ApiScope = (typeof API_SCOPES)[number];
export const WEBHOOK_EVENT_TYPES = ["DEAL_CREATED", "DEAL_STAGE_CHANGED", "DEAL_SUBMITTED", "DEAL_APPROVED", "APPROVAL_STALE", "RESPONSE_LOGGED"] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];
export const WEBHOOK_DELIVERY_STATUSES = ["PENDING", "SUCCEEDED", "FAILED"] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];
