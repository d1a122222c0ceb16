import type { Priority } from "@/lib/domain/enums";
import type { Tone } from "./tone";

export const PRIORITY_LABEL: Record<Priority, string> = { MUST_HAVE: "Must-have", IMPORTANT: "Important", NICE_TO_HAVE: "Nice to have" };
export const PRIORITY_TONE: Record<Priority, Tone> = { MUST_HAVE: "bad", IMPORTANT: "warn", NICE_TO_HAVE: "open" };
