import { z } from "zod";
import { DELIVERABLE_KINDS, ESCROW_RELEASE_TRIGGERS, VERIFICATION_METHODS } from "@/lib/domain/enums";
import { oneOf, requiredText, text, ZDate, ZId, ZOptionalDate, ZVersion } from "./common";
import { isoDateInDays } from "./review";

/** A SHA-256 as people paste it: surrounding spaces and upper case are fine, stored lower-case. */
export const ZSha256 = z
  .string({ error: "Enter a SHA-256" })
  .trim()
  .toLowerCase()
  .regex(/^[0-9a-f]{64}$/, "A SHA-256 is 64 hexadecimal characters (0–9, a–f)");
const ZOptionalSha256 = z.union([z.literal("").transform(() => null), z.null(), ZSha256]).default(null);

const deliverableFields = {
  dealId: ZId,
  kind: oneOf(DELIVERABLE_KINDS, "kind of asset"),
  name: requiredText("Name", 200),
  format: text("Format", 100).default(""),
  milestone: text("Milestone", 200).default(""),
  dueOn: ZOptionalDate.default(null),
  expectedPath: text("Expected path", 1000)
    .default("")
    .refine((p) => !p.split(/[\\/]/).includes(".."), "Give the path inside the delivered folder, without .."),
  expectedSha256: ZOptionalSha256,
};

export const ZAddDeliverable = z.object(deliverableFields);
export type TAddDeliverable = z.output<typeof ZAddDeliverable>;

export const ZUpdateDeliverable = z.object({ ...deliverableFields, deliverableId: ZId, version: ZVersion });
export type TUpdateDeliverable = z.output<typeof ZUpdateDeliverable>;

export const ZRemoveDeliverable = z.object({ dealId: ZId, deliverableId: ZId, version: ZVersion });
export type TRemoveDeliverable = z.output<typeof ZRemoveDeliverable>;

export const ZAddSuggestedDeliverables = z.object({ dealId: ZId });
export type TAddSuggestedDeliverables = z.output<typeof ZAddSuggestedDeliverables>;

export const ZRecordDelivery = z.object({
  dealId: ZId,
  deliverableId: ZId,
  version: ZVersion,
  fileName: requiredText("File name", 500),
  sizeBytes: z
    .union([z.string().trim().min(1, "Enter the size in bytes"), z.number()], { error: "Enter the size in bytes" })
    .pipe(z.coerce.number<string | number>({ error: "Enter the size in bytes" }).int("A whole number of bytes").min(0, "The size cannot be negative"))
    .refine((n) => Number.isSafeInteger(n), "That size is too large"),
  sha256: ZSha256,
});
export type TRecordDelivery = z.output<typeof ZRecordDelivery>;

/** A check that is not a plain hash comparison says what was done and what came out. */
export const NOTE_REQUIRED_METHODS = ["MODEL_LOADED", "EVALUATION_REPRODUCED"] as const;

export const ZVerifyDeliverable = z
  .object({
    dealId: ZId,
    deliverableId: ZId,
    /** The delivered hash the person checked (what the form showed): a newer delivery is refused, not verified blindly. */
    sha256: ZSha256,
    method: oneOf(VERIFICATION_METHODS, "method"),
    passed: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")], { error: "Say whether the check passed" }),
    note: text("Note", 4000).default(""),
  })
  .superRefine((v, ctx) => {
    if ((NOTE_REQUIRED_METHODS as readonly string[]).includes(v.method) && v.note.length < 5) {
      const message =
        v.method === "EVALUATION_REPRODUCED"
          ? "Give the tolerance and the figures you measured"
          : "Say how and where the model was loaded, and what it answered";
      ctx.addIssue({ code: "custom", path: ["note"], message });
    }
  });
export type TVerifyDeliverable = z.output<typeof ZVerifyDeliverable>;

export const ZImportManifestQuery = z.object({
  fileName: requiredText("File name", 300),
});

export const ZSaveEscrowArrangement = z.object({
  dealId: ZId,
  /** The arrangement's version the form read; "0" (or absent) when there is none yet. */
  version: z
    .union([z.string(), z.number()], { error: "Missing version" })
    .pipe(z.coerce.number<string | number>({ error: "Missing version" }).int("Missing version").min(0, "Missing version"))
    .default(0),
  agent: requiredText("Escrow agent", 200),
  freshnessDays: z
    .union([z.string().trim().min(1, "Enter a number of days"), z.number()], { error: "Enter a number of days" })
    .pipe(
      z.coerce
        .number<string | number>({ error: "Enter a number of days" })
        .int("A whole number of days")
        .min(1, "At least 1 day")
        .max(1830, "At most 1,830 days (five years)"),
    ),
  releaseTriggers: z
    .array(oneOf(ESCROW_RELEASE_TRIGGERS, "release trigger"), { error: "Choose the release triggers" })
    .max(ESCROW_RELEASE_TRIGGERS.length)
    .default([]),
  notes: text("Notes", 4000).default(""),
});
export type TSaveEscrowArrangement = z.output<typeof ZSaveEscrowArrangement>;

export const ZRecordEscrowDeposit = z.object({
  dealId: ZId,
  depositedOn: ZDate.refine((date) => date.toISOString().slice(0, 10) <= isoDateInDays(0), "A deposit date cannot be in the future"),
  manifestSha256: ZSha256,
  note: text("Note", 2000).default(""),
});
export type TRecordEscrowDeposit = z.output<typeof ZRecordEscrowDeposit>;
