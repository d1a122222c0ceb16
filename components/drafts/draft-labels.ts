import type { Tone } from "@/lib/format/tone";

// Wording of the workbench's states, shared by the drafts list and the review page.

export const DRAFT_SOURCE_LABEL = { DOCX: "Word document", PDF: "PDF", TEXT: "Pasted text", EMAIL: "Email" } as const;

export const MAPPING_STATE_LABEL = { PROPOSED: "proposed", ACCEPTED: "accepted", REJECTED: "rejected" } as const;

export const MAPPING_STATE_TONE: Record<keyof typeof MAPPING_STATE_LABEL, Tone> = { PROPOSED: "info", ACCEPTED: "good", REJECTED: "muted" };

export const SEVERITY_LABEL: Record<string, string> = { high: "High risk", medium: "Medium risk", low: "Low risk" };

export const SEVERITY_TONE: Record<string, Tone> = { high: "bad", medium: "warn", low: "open" };
