import type { Tone } from "@/components/ui/badge";
import type { Priority } from "@/lib/domain/enums";

export const PRIORITY_LABEL: Record<Priority, string> = { MUST_HAVE: "Must-have", IMPORTANT: "Important", NICE_TO_HAVE: "Nice to have" };
export const PRIORITY_TONE: Record<Priority, Tone> = { MUST_HAVE: "bad", IMPORTANT: "warn", NICE_TO_HAVE: "open" };
