import type { TokenExpiryChoice, TokenStatus } from "@/lib/domain/api-tokens";
import type { ApiScope } from "@/lib/domain/enums";
import type { Tone } from "./tone";

// Labels of the API token pages (/account/tokens, /admin/tokens).

export const TOKEN_STATUS_LABEL: Record<TokenStatus, string> = { active: "Active", expired: "Expired", revoked: "Revoked" };
export const TOKEN_STATUS_TONE: Record<TokenStatus, Tone> = { active: "good", expired: "warn", revoked: "muted" };

export const SCOPE_LABEL: Record<ApiScope, string> = { READ: "Read", WRITE: "Write" };
export const SCOPE_TONE: Record<ApiScope, Tone> = { READ: "info", WRITE: "warn" };

export const EXPIRY_CHOICE_LABEL: Record<TokenExpiryChoice, string> = {
  "7": "In 7 days",
  "30": "In 30 days",
  "90": "In 90 days",
  "365": "In one year",
  date: "On a date…",
  never: "Never (not recommended)",
};
