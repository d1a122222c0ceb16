import { isSettled, statusFromVendorResponse } from "@/lib/domain/clause-status";
import type { ClauseStatus, OfferPosition, Priority, ResponseChannel, VendorStance } from "@/lib/domain/enums";

// What logging a reviewed draft round would record: one proposed vendor response per deal clause the
// draft addresses, made from the passages mapped to it and their live flags. Pure: the service loads
// the rows, the log page shows the proposal for the negotiator to edit, and logDraftRound writes what
// they confirm under the same rules as a response logged by hand.

export type DraftSourceKind = "DOCX" | "PDF" | "TEXT" | "EMAIL";
export type MappingState = "PROPOSED" | "ACCEPTED" | "REJECTED";

export interface ProposalFlag {
  key: string;
  kind: string;
  severity: string;
  title: string;
  /** The playbook's counter for the finding ("" when unknown). */
  counter: string;
  dismissed: boolean;
}

export interface ProposalPassage {
  id: string;
  ordinal: number;
  number: string;
  heading: string;
  text: string;
  mappings: { dealClauseId: string; origin: "AUTO" | "MANUAL"; state: MappingState }[];
  flags: ProposalFlag[];
}

export interface ProposalClause {
  id: string;
  key: string;
  title: string;
  /** The priority that counts on the deal. */
  priority: Priority;
  status: ClauseStatus;
  version: number;
}

export interface ProposedPassage {
  id: string;
  number: string;
  heading: string;
  text: string;
  flags: Pick<ProposalFlag, "key" | "kind" | "severity" | "title">[];
}

export interface ProposedEntry {
  dealClauseId: string;
  clauseKey: string;
  title: string;
  priority: Priority;
  currentStatus: ClauseStatus;
  /** The clause version the proposal was made from (the status change is checked against it). */
  version: number;
  passages: ProposedPassage[];
  /** Some passage's mapping to this clause is still the engine's proposal: nobody has reviewed it. */
  notReviewed: boolean;
  vendorText: string;
  stance: VendorStance;
  offerPosition: OfferPosition;
  /** "" keeps the current status. */
  newStatus: ClauseStatus | "";
  agreedLanguage: string;
  contractReference: string;
  counterNextStep: string;
}

/** A draft file or pasted text is the vendor's redline; a pasted email was an email. */
export function channelOf(source: DraftSourceKind): ResponseChannel {
  return source === "EMAIL" ? "EMAIL" : "REDLINE";
}

const NEGATION = /\b(?:not|no|never|nothing|none|without|neither|nor|cannot|can't|won't|shan't|excluded?|except)\b/i;
const GRANT_CUES = [
  // The client holds the right: "the Customer owns …", "Client may download …", "Customer shall receive …".
  /\b(?:customer|client|buyer|licensee)(?:'s)?\b[^.;]{0,40}?\b(?:owns?|shall\s+own|retains?|is\s+entitled|shall\s+be\s+entitled|has\s+the\s+right|shall\s+receive|may\s+(?:obtain|receive|download|export|self-host|host|audit|inspect|use|terminate))\b/i,
  // The vendor is bound to hand it over: "the Supplier shall deliver / deposit / assign …".
  /\b(?:supplier|vendor|provider|contractor|licensor)\s+(?:shall|will|must|agrees\s+to|undertakes\s+to)\s+(?:deliver|deposit|provide|assign|transfer|hand\s+over|release|return|delete)\b/i,
];

/**
 * Whether a passage reads as granting what the client asks for: client-friendly wording (the client
 * holds the right, or the vendor is bound to deliver it) with no negation or exception in it, and no
 * live flag. Conservative on purpose: a miss only means the negotiator picks "accepts" by hand.
 */
export function grantsClientRight(text: string, liveFlags: readonly unknown[]): boolean {
  if (liveFlags.length || NEGATION.test(text)) return false;
  return GRANT_CUES.some((cue) => cue.test(text));
}

/** The passage as the vendor text quotes it: its number first, so the log reads like the draft. */
export function quotePassage(p: { number: string; text: string }): string {
  const text = p.text.trim();
  return p.number && !text.startsWith(p.number) ? `${p.number} ${text}` : text;
}

function liveFlagsOf(p: ProposalPassage) {
  return p.flags.filter((f) => !f.dismissed);
}

/**
 * Stance and offer position from the passages' live flags:
 * - a pitch or a high-severity risky wording → REJECTS at BELOW_WALK_AWAY: the wording takes away what
 *   our walk-away line protects (the vendor's data rights, no weights, no escrow …), so it is pushback;
 * - only medium-severity risky wording → COUNTERS at FALLBACK: the vendor offers something short of
 *   the must-have that may still sit within our fallback, which the negotiator judges;
 * - no live flag and every passage grants the client's right → ACCEPTS at MUST_HAVE;
 * - otherwise (no flag, neutral wording) → COUNTERS at UNCLEAR: the clause is being discussed.
 */
export function judgeEntry(passages: readonly ProposalPassage[]): { stance: VendorStance; offerPosition: OfferPosition; grants: boolean } {
  const flags = passages.flatMap(liveFlagsOf);
  if (flags.some((f) => f.kind === "pitch" || f.severity === "high")) return { stance: "REJECTS", offerPosition: "BELOW_WALK_AWAY", grants: false };
  if (flags.length) return { stance: "COUNTERS", offerPosition: "FALLBACK", grants: false };
  const grants = passages.length > 0 && passages.every((p) => grantsClientRight(p.text, []));
  return grants ? { stance: "ACCEPTS", offerPosition: "MUST_HAVE", grants } : { stance: "COUNTERS", offerPosition: "UNCLEAR", grants };
}

/** Where the agreed wording sits in the contract: "Vendor redline § 4.2" (or the section heading when unnumbered). */
function referenceOf(draftTitle: string, passages: readonly ProposalPassage[]): string {
  const places = passages.map((p) => (p.number ? `§ ${p.number}` : p.heading)).filter(Boolean);
  return places.length === passages.length ? `${draftTitle} ${places.join(", ")}`.slice(0, 200) : "";
}

function counterOf(passages: readonly ProposalPassage[]): string {
  const lines = new Map<string, string>();
  for (const p of passages) {
    for (const f of liveFlagsOf(p)) {
      if (!f.counter || lines.has(f.key)) continue;
      lines.set(f.key, `${p.number ? `§ ${p.number} — ` : ""}${f.title}: ${f.counter}`);
    }
  }
  return [...lines.values()].join("\n");
}

/**
 * The suggested status: THE rule a hand-logged response suggests (statusFromVendorResponse), never a
 * settled status without its evidence. A grant only settles the clause when every mapping was reviewed
 * and the passages give a contract reference; the agreed language is then the passages' own text.
 */
function suggestStatus(clause: ProposalClause, judged: ReturnType<typeof judgeEntry>, reviewed: boolean, reference: string): ClauseStatus | "" {
  let next = statusFromVendorResponse(judged.stance, judged.offerPosition, clause.status);
  if (isSettled(next) && next !== clause.status && !(reviewed && reference)) next = clause.status === "NOT_STARTED" ? "IN_NEGOTIATION" : clause.status;
  return next === clause.status ? "" : next;
}

export const MAX_PROPOSED_VENDOR_TEXT = 20_000;

/**
 * One proposed response per clause the draft addresses, in the order the draft first addresses them.
 * A passage counts for a clause when its mapping is ACCEPTED or the engine's PROPOSED one (marked "not
 * reviewed"); a REJECTED mapping never does. Dismissed flags are left out of everything.
 */
export function proposeRound(input: { draftTitle: string; passages: readonly ProposalPassage[]; clauses: readonly ProposalClause[] }): ProposedEntry[] {
  const clauses = new Map(input.clauses.map((c) => [c.id, c]));
  const byClause = new Map<string, { passages: ProposalPassage[]; notReviewed: boolean }>();
  for (const passage of [...input.passages].sort((a, b) => a.ordinal - b.ordinal)) {
    for (const m of passage.mappings) {
      if (m.state === "REJECTED" || !clauses.has(m.dealClauseId)) continue;
      const group = byClause.get(m.dealClauseId) ?? { passages: [], notReviewed: false };
      group.passages.push(passage);
      group.notReviewed ||= m.state === "PROPOSED";
      byClause.set(m.dealClauseId, group);
    }
  }
  return [...byClause].map(([clauseId, { passages, notReviewed }]) => {
    const clause = clauses.get(clauseId)!;
    const judged = judgeEntry(passages);
    const vendorText = passages.map(quotePassage).join("\n\n").slice(0, MAX_PROPOSED_VENDOR_TEXT);
    const reference = judged.grants ? referenceOf(input.draftTitle, passages) : "";
    const newStatus = suggestStatus(clause, judged, !notReviewed, reference);
    const settles = newStatus !== "" && isSettled(newStatus);
    return {
      dealClauseId: clause.id,
      clauseKey: clause.key,
      title: clause.title,
      priority: clause.priority,
      currentStatus: clause.status,
      version: clause.version,
      passages: passages.map((p) => ({
        id: p.id,
        number: p.number,
        heading: p.heading,
        text: p.text,
        flags: liveFlagsOf(p).map(({ key, kind, severity, title }) => ({ key, kind, severity, title })),
      })),
      notReviewed,
      vendorText,
      stance: judged.stance,
      offerPosition: judged.offerPosition,
      newStatus,
      agreedLanguage: settles
        ? passages
            .map((p) => p.text.trim())
            .join("\n\n")
            .slice(0, MAX_PROPOSED_VENDOR_TEXT)
        : "",
      contractReference: settles ? reference : "",
      counterNextStep: counterOf(passages),
    };
  });
}
