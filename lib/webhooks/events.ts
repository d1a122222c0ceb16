import type { DealStage, WebhookEventType } from "@/lib/domain/enums";
import { WEBHOOK_EVENT_TYPES } from "@/lib/domain/enums";

// The events an endpoint can subscribe to: their names on the wire, what they mean, and the one
// payload shape they share (an envelope with the deal and the event's own fields).

export const WEBHOOK_EVENT_NAME: Record<WebhookEventType, string> = {
  DEAL_CREATED: "deal.created",
  DEAL_STAGE_CHANGED: "deal.stage_changed",
  DEAL_SUBMITTED: "deal.submitted",
  DEAL_APPROVED: "deal.approved",
  APPROVAL_STALE: "deal.approval_stale",
  RESPONSE_LOGGED: "response.logged",
};

const BY_NAME = new Map<string, WebhookEventType>(WEBHOOK_EVENT_TYPES.map((type) => [WEBHOOK_EVENT_NAME[type], type]));

/** The enum value of a wire name ("deal.created"), or null for a name that is not an event. */
export function webhookEventTypeOf(name: string): WebhookEventType | null {
  return BY_NAME.get(name) ?? null;
}

export interface WebhookDeal {
  id: string;
  name: string;
  vendor: string;
  stage: DealStage;
  version: number;
  /** The deal's page in the app. */
  url: string;
}

/** What a response.logged event tells: no more than a reader of the deal sees on its page. */
export interface WebhookResponse {
  id: string;
  clause: { key: string; title: string };
  stance: string;
  offerPosition: string;
  channel: string;
  occurredOn: string;
  /** The vendor's words, cut to 280 characters. */
  summary: string;
}

export type WebhookEventData =
  | { deal: WebhookDeal }
  | { deal: WebhookDeal; from: DealStage; to: DealStage }
  | { deal: WebhookDeal; submissionId: string }
  | { deal: WebhookDeal; approvalId: string | null }
  | { deal: WebhookDeal; response: WebhookResponse };

export interface WebhookPayload {
  id: string;
  type: string;
  createdAt: string;
  organizationId: string;
  data: WebhookEventData;
}

export function buildWebhookPayload(input: {
  eventId: string;
  type: WebhookEventType;
  createdAt: Date;
  organizationId: string;
  data: WebhookEventData;
}): WebhookPayload {
  return {
    id: input.eventId,
    type: WEBHOOK_EVENT_NAME[input.type],
    createdAt: input.createdAt.toISOString(),
    organizationId: input.organizationId,
    data: input.data,
  };
}

export const RESPONSE_SUMMARY_LENGTH = 280;

export function responseSummary(vendorText: string): string {
  const text = vendorText.trim().replace(/\s+/g, " ");
  return text.length <= RESPONSE_SUMMARY_LENGTH ? text : `${text.slice(0, RESPONSE_SUMMARY_LENGTH - 1)}…`;
}

const EXAMPLE_DEAL: WebhookDeal = {
  id: "cm4dealexample0000000000",
  name: "Claims triage model",
  vendor: "Acme AI",
  stage: "NEGOTIATING",
  version: 7,
  url: "https://dealplaybook.example.com/deals/cm4dealexample0000000000",
};

function example(type: WebhookEventType, data: WebhookEventData): WebhookPayload {
  return buildWebhookPayload({
    eventId: "5f0c6b8e-2f4a-4c1e-9d3b-8a7e6f5d4c3b",
    type,
    createdAt: new Date("2026-12-03T10:15:00.000Z"),
    organizationId: "cm4orgexample00000000000",
    data,
  });
}

export interface WebhookEventDoc {
  type: WebhookEventType;
  name: string;
  /** What the event means, for the reference page and the checkboxes of the registration form. */
  when: string;
  example: WebhookPayload;
}

export const WEBHOOK_EVENT_DOCS: readonly WebhookEventDoc[] = [
  {
    type: "DEAL_CREATED",
    name: "deal.created",
    when: "A deal was created, in the app or through the API.",
    example: example("DEAL_CREATED", { deal: { ...EXAMPLE_DEAL, stage: "INTAKE", version: 1 } }),
  },
  {
    type: "DEAL_STAGE_CHANGED",
    name: "deal.stage_changed",
    when: "A deal moved to another stage: edited, submitted, approved, sent back to CIO review when its approval went stale, signed or walked away from.",
    example: example("DEAL_STAGE_CHANGED", { deal: { ...EXAMPLE_DEAL, stage: "CIO_REVIEW", version: 8 }, from: "NEGOTIATING", to: "CIO_REVIEW" }),
  },
  {
    type: "DEAL_SUBMITTED",
    name: "deal.submitted",
    when: "A deal was submitted for CIO review.",
    example: example("DEAL_SUBMITTED", { deal: { ...EXAMPLE_DEAL, stage: "CIO_REVIEW", version: 8 }, submissionId: "cm4submissionexample0000" }),
  },
  {
    type: "DEAL_APPROVED",
    name: "deal.approved",
    when: "A deal became approved (with a second approval, once the second one is given).",
    example: example("DEAL_APPROVED", { deal: { ...EXAMPLE_DEAL, stage: "APPROVED", version: 9 }, approvalId: "cm4reviewexample00000000" }),
  },
  {
    type: "APPROVAL_STALE",
    name: "deal.approval_stale",
    when: "A deal changed after it was approved, so its approval no longer stands (an approved deal goes back to CIO review).",
    example: example("APPROVAL_STALE", { deal: { ...EXAMPLE_DEAL, stage: "CIO_REVIEW", version: 10 }, approvalId: "cm4reviewexample00000000" }),
  },
  {
    type: "RESPONSE_LOGGED",
    name: "response.logged",
    when: "A vendor response was logged on a clause of a deal, by hand or as a step of a vendor draft round (one event per response).",
    example: example("RESPONSE_LOGGED", {
      deal: EXAMPLE_DEAL,
      response: {
        id: "cm4responseexample000000",
        clause: { key: "weights-ownership", title: "Ownership of fine-tuned weights" },
        stance: "COUNTERS",
        offerPosition: "FALLBACK",
        channel: "REDLINE",
        occurredOn: "2026-12-02",
        summary: "Vendor offers a perpetual licence to the fine-tuned weights instead of ownership.",
      },
    }),
  },
];
