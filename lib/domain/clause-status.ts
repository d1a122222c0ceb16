import { CLAUSE_STATUS_LABEL } from "@/lib/format/clause-status-labels";
import type { ClauseStatus, OfferPosition, Priority, VendorStance } from "./enums";

// Status rules for one DealClause. Pure functions: the server action parses input with zod,
// then asks `assertTransition` whether the change is allowed before writing anything.

/** A clause is secured when our must-have or our fallback position is agreed. */
export function isSettled(status: ClauseStatus): boolean {
  return status === "MUST_HAVE_MET" || status === "FALLBACK_ACCEPTED";
}

/**
 * Whether a clause may move from `from` to `to` (ignoring the N/A reason, see `assertTransition`).
 *
 * - Same status is always allowed (a no-op edit of notes, language or section reference).
 * - Nothing may go back to NOT_STARTED once it has been negotiated (IN_NEGOTIATION, MUST_HAVE_MET,
 *   FALLBACK_ACCEPTED, BELOW_WALK_AWAY): the response log shows it was discussed, and "not started"
 *   would hide that. NOT_APPLICABLE → NOT_STARTED is allowed, to undo a clause marked N/A by mistake.
 * - Every other move is allowed: a vendor may accept our standard language straight away
 *   (NOT_STARTED → MUST_HAVE_MET), retract an agreement (MUST_HAVE_MET → IN_NEGOTIATION), and so on.
 */
export function canTransition(from: ClauseStatus, to: ClauseStatus): boolean {
  if (from === to) return true;
  if (to === "NOT_STARTED") return from === "NOT_APPLICABLE";
  return true;
}

export type TransitionResult = { ok: true } | { ok: false; field: string; message: string; fieldErrors: Record<string, string[]> };

/** The written evidence of an agreed term: the wording and where it sits in the contract. */
export interface ClauseEvidence {
  agreedLanguage: string;
  contractReference: string;
}

export interface TransitionOptions {
  notApplicableReason?: string | null;
  /** The priority that counts on this deal (DealClause.priority); evidence is checked for MUST_HAVE. */
  priority?: Priority;
  /** The agreed language and contract section the clause will have after the change. */
  evidence?: ClauseEvidence;
  /** What the clause held before; with an unchanged settled status, evidence is only checked if it was complete. */
  evidenceBefore?: ClauseEvidence;
}

export const EVIDENCE_MESSAGE = {
  agreedLanguage: "A must-have clause is only met or at fallback with the agreed language: paste the wording both sides accepted.",
  contractReference: "A must-have clause is only met or at fallback with the contract section that holds it, e.g. MSA §7.2.",
} as const;

function hasEvidence(e: ClauseEvidence | undefined): boolean {
  return Boolean(e?.agreedLanguage.trim() && e.contractReference.trim());
}

/**
 * The fields a must-have clause is missing to be settled: a must-have is only met (or accepted at
 * fallback) with the agreed language and the contract section that holds it. Checked when the
 * status moves into a settled one, and when a settled clause's complete evidence would be removed;
 * a clause settled before this rule, without evidence, stays editable (the CIO review lists it).
 */
export function missingEvidence(from: ClauseStatus, to: ClauseStatus, options: TransitionOptions): (keyof ClauseEvidence)[] {
  if (options.priority !== "MUST_HAVE" || !isSettled(to) || !options.evidence) return [];
  if (from === to && options.evidenceBefore && !hasEvidence(options.evidenceBefore)) return [];
  return (["agreedLanguage", "contractReference"] as const).filter((field) => !options.evidence![field].trim());
}

function refused(fieldErrors: Record<string, string>): TransitionResult {
  const [field, message] = Object.entries(fieldErrors)[0];
  return { ok: false, field, message, fieldErrors: Object.fromEntries(Object.entries(fieldErrors).map(([f, m]) => [f, [m]])) };
}

/**
 * Checks a status change with field-level errors for the form.
 * NOT_APPLICABLE always needs a non-empty reason (also when it is kept unchanged: pass the stored
 * reason), because a clause is never silently dropped from a deal. A must-have clause needs its
 * evidence to be settled (see `missingEvidence`).
 */
export function assertTransition(from: ClauseStatus, to: ClauseStatus, options: TransitionOptions = {}): TransitionResult {
  if (!canTransition(from, to)) {
    return refused({
      status: `This clause is already ${CLAUSE_STATUS_LABEL[from].toLowerCase()}, so it cannot go back to "${CLAUSE_STATUS_LABEL.NOT_STARTED}". Set it to "${CLAUSE_STATUS_LABEL.IN_NEGOTIATION}" to reopen it.`,
    });
  }
  if (to === "NOT_APPLICABLE" && !options.notApplicableReason?.trim()) {
    return refused({ notApplicableReason: "Say why this clause does not apply to this deal." });
  }
  const missing = missingEvidence(from, to, options);
  if (missing.length) return refused(Object.fromEntries(missing.map((field) => [field, EVIDENCE_MESSAGE[field]])));
  return { ok: true };
}

const OFFER_LEVEL: Record<OfferPosition, number> = { MUST_HAVE: 2, FALLBACK: 1, BELOW_WALK_AWAY: 0, UNCLEAR: 0 };
const SETTLED_LEVEL: Partial<Record<ClauseStatus, number>> = { MUST_HAVE_MET: 2, FALLBACK_ACCEPTED: 1 };

/**
 * Suggests the clause status after logging a vendor response (the negotiator can still override it).
 *
 * 1. NOT_APPLICABLE stays NOT_APPLICABLE: taking a clause back into the deal is a deliberate decision.
 * 2. ACCEPTS at MUST_HAVE → MUST_HAVE_MET; ACCEPTS at FALLBACK → FALLBACK_ACCEPTED.
 * 3. ACCEPTS or COUNTERS with an offer BELOW_WALK_AWAY → BELOW_WALK_AWAY (the terms on the table
 *    breach our walk-away line; this must show up as a blocker at once).
 * 4. Otherwise (COUNTERS, REJECTS, DEFERS, or ACCEPTS of an UNCLEAR offer):
 *    - NOT_STARTED → IN_NEGOTIATION (the clause is now being discussed);
 *    - a settled clause (MUST_HAVE_MET / FALLBACK_ACCEPTED) is reopened → IN_NEGOTIATION when the vendor
 *      REJECTS, or COUNTERS with an offer below the agreed level (e.g. counters at FALLBACK after the
 *      must-have was met): readiness must not count a term the vendor has walked back. A counter that
 *      still reaches the agreed level (new wording, same substance) and a DEFERS keep the status;
 *    - BELOW_WALK_AWAY → IN_NEGOTIATION when the vendor COUNTERS at MUST_HAVE or FALLBACK (the offer
 *      on the table is acceptable again, though not yet agreed); otherwise it stays below walk-away;
 *    - IN_NEGOTIATION stays IN_NEGOTIATION.
 */
export function statusFromVendorResponse(stance: VendorStance, offerPosition: OfferPosition, currentStatus: ClauseStatus): ClauseStatus {
  if (currentStatus === "NOT_APPLICABLE") return currentStatus;

  if (stance === "ACCEPTS" && offerPosition === "MUST_HAVE") return "MUST_HAVE_MET";
  if (stance === "ACCEPTS" && offerPosition === "FALLBACK") return "FALLBACK_ACCEPTED";
  if ((stance === "ACCEPTS" || stance === "COUNTERS") && offerPosition === "BELOW_WALK_AWAY") {
    return "BELOW_WALK_AWAY";
  }

  switch (currentStatus) {
    case "NOT_STARTED":
      return "IN_NEGOTIATION";
    case "MUST_HAVE_MET":
    case "FALLBACK_ACCEPTED": {
      if (stance === "REJECTS") return "IN_NEGOTIATION";
      if (stance === "COUNTERS" && OFFER_LEVEL[offerPosition] < (SETTLED_LEVEL[currentStatus] ?? 0)) {
        return "IN_NEGOTIATION";
      }
      return currentStatus;
    }
    case "BELOW_WALK_AWAY":
      if (stance === "COUNTERS" && OFFER_LEVEL[offerPosition] > 0) return "IN_NEGOTIATION";
      return currentStatus;
    default:
      return currentStatus;
  }
}
