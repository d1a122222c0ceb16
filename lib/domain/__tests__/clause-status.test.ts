import { describe, expect, it } from "vitest";
import { CLAUSE_STATUSES, OFFER_POSITIONS, VENDOR_STANCES } from "@/lib/domain/enums";
import type { ClauseStatus } from "@/lib/domain/enums";
import { assertTransition, canTransition, EVIDENCE_MESSAGE, isSettled, statusFromVendorResponse } from "@/lib/domain/clause-status";
import { CLAUSE_STATUS_LABEL, CLAUSE_STATUS_TONE } from "@/lib/format/clause-status-labels";

const NEGOTIATED: ClauseStatus[] = ["IN_NEGOTIATION", "MUST_HAVE_MET", "FALLBACK_ACCEPTED", "BELOW_WALK_AWAY"];

describe("canTransition", () => {
  it("allows every same-status edit", () => {
    for (const s of CLAUSE_STATUSES) expect(canTransition(s, s)).toBe(true);
  });

  it("refuses going back to NOT_STARTED once negotiated", () => {
    for (const s of NEGOTIATED) expect(canTransition(s, "NOT_STARTED")).toBe(false);
  });

  it("allows undoing a mistaken NOT_APPLICABLE back to NOT_STARTED", () => {
    expect(canTransition("NOT_APPLICABLE", "NOT_STARTED")).toBe(true);
  });

  it("allows every other move", () => {
    for (const from of CLAUSE_STATUSES) for (const to of CLAUSE_STATUSES) if (to !== "NOT_STARTED") expect(canTransition(from, to)).toBe(true);
    expect(canTransition("NOT_STARTED", "MUST_HAVE_MET")).toBe(true);
    expect(canTransition("MUST_HAVE_MET", "IN_NEGOTIATION")).toBe(true);
  });
});

describe("assertTransition", () => {
  it("accepts a valid move", () => {
    expect(assertTransition("NOT_STARTED", "IN_NEGOTIATION")).toEqual({ ok: true });
    expect(assertTransition("IN_NEGOTIATION", "IN_NEGOTIATION")).toEqual({ ok: true });
  });

  it("requires a non-empty reason for NOT_APPLICABLE", () => {
    for (const reason of [undefined, null, "", "   "]) {
      const r = assertTransition("NOT_STARTED", "NOT_APPLICABLE", { notApplicableReason: reason });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.field).toBe("notApplicableReason");
        expect(r.message).toMatch(/why/i);
      }
    }
    expect(assertTransition("IN_NEGOTIATION", "NOT_APPLICABLE", { notApplicableReason: "Self-hosted from day one" })).toEqual({
      ok: true,
    });
  });

  it("also requires the reason when NOT_APPLICABLE is kept", () => {
    expect(assertTransition("NOT_APPLICABLE", "NOT_APPLICABLE").ok).toBe(false);
    expect(assertTransition("NOT_APPLICABLE", "NOT_APPLICABLE", { notApplicableReason: "No base model" }).ok).toBe(true);
  });

  it("refuses going back to NOT_STARTED with a clear status error", () => {
    const r = assertTransition("MUST_HAVE_MET", "NOT_STARTED");
    const message = 'This clause is already must-have met, so it cannot go back to "Not started". Set it to "In negotiation" to reopen it.';
    expect(r).toEqual({ ok: false, field: "status", message, fieldErrors: { status: [message] } });
  });

  it("ignores a reason given for another status", () => {
    expect(assertTransition("NOT_STARTED", "IN_NEGOTIATION", { notApplicableReason: "x" })).toEqual({ ok: true });
  });
});

describe("assertTransition: evidence for a settled must-have", () => {
  const none = { agreedLanguage: "", contractReference: "" };
  const full = { agreedLanguage: "The customer owns the fine-tuned weights.", contractReference: "MSA §7.2" };

  it("refuses met or fallback accepted on a must-have without agreed language and contract section, naming both fields", () => {
    for (const to of ["MUST_HAVE_MET", "FALLBACK_ACCEPTED"] as const) {
      const r = assertTransition("IN_NEGOTIATION", to, { priority: "MUST_HAVE", evidence: none });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.field).toBe("agreedLanguage");
        expect(r.fieldErrors).toEqual({ agreedLanguage: [EVIDENCE_MESSAGE.agreedLanguage], contractReference: [EVIDENCE_MESSAGE.contractReference] });
      }
    }
  });

  it("names only the missing field; blank text does not count", () => {
    const r = assertTransition("NOT_STARTED", "MUST_HAVE_MET", { priority: "MUST_HAVE", evidence: { agreedLanguage: "Agreed.", contractReference: "   " } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.fieldErrors)).toEqual(["contractReference"]);
  });

  it("accepts a must-have with both, and other priorities or statuses without them", () => {
    expect(assertTransition("IN_NEGOTIATION", "MUST_HAVE_MET", { priority: "MUST_HAVE", evidence: full })).toEqual({ ok: true });
    expect(assertTransition("IN_NEGOTIATION", "MUST_HAVE_MET", { priority: "IMPORTANT", evidence: none })).toEqual({ ok: true });
    expect(assertTransition("IN_NEGOTIATION", "BELOW_WALK_AWAY", { priority: "MUST_HAVE", evidence: none })).toEqual({ ok: true });
  });

  it("refuses removing the evidence of a settled must-have, but leaves a legacy one without evidence editable", () => {
    expect(assertTransition("MUST_HAVE_MET", "MUST_HAVE_MET", { priority: "MUST_HAVE", evidence: none, evidenceBefore: full }).ok).toBe(false);
    expect(assertTransition("MUST_HAVE_MET", "MUST_HAVE_MET", { priority: "MUST_HAVE", evidence: none, evidenceBefore: none })).toEqual({ ok: true });
    expect(assertTransition("MUST_HAVE_MET", "FALLBACK_ACCEPTED", { priority: "MUST_HAVE", evidence: none, evidenceBefore: none }).ok).toBe(false);
  });
});

describe("statusFromVendorResponse", () => {
  it("maps acceptance to the position reached", () => {
    expect(statusFromVendorResponse("ACCEPTS", "MUST_HAVE", "IN_NEGOTIATION")).toBe("MUST_HAVE_MET");
    expect(statusFromVendorResponse("ACCEPTS", "MUST_HAVE", "NOT_STARTED")).toBe("MUST_HAVE_MET");
    expect(statusFromVendorResponse("ACCEPTS", "FALLBACK", "IN_NEGOTIATION")).toBe("FALLBACK_ACCEPTED");
    expect(statusFromVendorResponse("ACCEPTS", "FALLBACK", "BELOW_WALK_AWAY")).toBe("FALLBACK_ACCEPTED");
  });

  it("flags an offer below walk-away when accepted or countered", () => {
    expect(statusFromVendorResponse("ACCEPTS", "BELOW_WALK_AWAY", "IN_NEGOTIATION")).toBe("BELOW_WALK_AWAY");
    expect(statusFromVendorResponse("COUNTERS", "BELOW_WALK_AWAY", "NOT_STARTED")).toBe("BELOW_WALK_AWAY");
    expect(statusFromVendorResponse("COUNTERS", "BELOW_WALK_AWAY", "MUST_HAVE_MET")).toBe("BELOW_WALK_AWAY");
  });

  it("starts negotiation on the first non-accepting response", () => {
    for (const stance of ["COUNTERS", "REJECTS", "DEFERS"] as const)
      for (const pos of ["MUST_HAVE", "FALLBACK", "UNCLEAR"] as const) expect(statusFromVendorResponse(stance, pos, "NOT_STARTED")).toBe("IN_NEGOTIATION");
    expect(statusFromVendorResponse("REJECTS", "BELOW_WALK_AWAY", "NOT_STARTED")).toBe("IN_NEGOTIATION");
    expect(statusFromVendorResponse("ACCEPTS", "UNCLEAR", "NOT_STARTED")).toBe("IN_NEGOTIATION");
  });

  it("keeps IN_NEGOTIATION while the vendor counters, rejects or defers", () => {
    expect(statusFromVendorResponse("COUNTERS", "FALLBACK", "IN_NEGOTIATION")).toBe("IN_NEGOTIATION");
    expect(statusFromVendorResponse("REJECTS", "UNCLEAR", "IN_NEGOTIATION")).toBe("IN_NEGOTIATION");
    expect(statusFromVendorResponse("DEFERS", "UNCLEAR", "IN_NEGOTIATION")).toBe("IN_NEGOTIATION");
  });

  it("reopens a settled clause the vendor walks back", () => {
    expect(statusFromVendorResponse("REJECTS", "UNCLEAR", "MUST_HAVE_MET")).toBe("IN_NEGOTIATION");
    expect(statusFromVendorResponse("REJECTS", "FALLBACK", "FALLBACK_ACCEPTED")).toBe("IN_NEGOTIATION");
    expect(statusFromVendorResponse("COUNTERS", "FALLBACK", "MUST_HAVE_MET")).toBe("IN_NEGOTIATION");
    expect(statusFromVendorResponse("COUNTERS", "UNCLEAR", "FALLBACK_ACCEPTED")).toBe("IN_NEGOTIATION");
  });

  it("keeps a settled clause on a counter that still reaches it, or a deferral", () => {
    expect(statusFromVendorResponse("COUNTERS", "MUST_HAVE", "MUST_HAVE_MET")).toBe("MUST_HAVE_MET");
    expect(statusFromVendorResponse("COUNTERS", "MUST_HAVE", "FALLBACK_ACCEPTED")).toBe("FALLBACK_ACCEPTED");
    expect(statusFromVendorResponse("COUNTERS", "FALLBACK", "FALLBACK_ACCEPTED")).toBe("FALLBACK_ACCEPTED");
    expect(statusFromVendorResponse("DEFERS", "UNCLEAR", "MUST_HAVE_MET")).toBe("MUST_HAVE_MET");
  });

  it("lifts BELOW_WALK_AWAY only when the vendor counters with an acceptable offer", () => {
    expect(statusFromVendorResponse("COUNTERS", "FALLBACK", "BELOW_WALK_AWAY")).toBe("IN_NEGOTIATION");
    expect(statusFromVendorResponse("COUNTERS", "MUST_HAVE", "BELOW_WALK_AWAY")).toBe("IN_NEGOTIATION");
    expect(statusFromVendorResponse("COUNTERS", "UNCLEAR", "BELOW_WALK_AWAY")).toBe("BELOW_WALK_AWAY");
    expect(statusFromVendorResponse("REJECTS", "MUST_HAVE", "BELOW_WALK_AWAY")).toBe("BELOW_WALK_AWAY");
    expect(statusFromVendorResponse("DEFERS", "UNCLEAR", "BELOW_WALK_AWAY")).toBe("BELOW_WALK_AWAY");
  });

  it("never takes a clause out of NOT_APPLICABLE", () => {
    for (const stance of VENDOR_STANCES)
      for (const pos of OFFER_POSITIONS) expect(statusFromVendorResponse(stance, pos, "NOT_APPLICABLE")).toBe("NOT_APPLICABLE");
  });

  it("never suggests a move that canTransition refuses", () => {
    for (const stance of VENDOR_STANCES)
      for (const pos of OFFER_POSITIONS)
        for (const current of CLAUSE_STATUSES) expect(canTransition(current, statusFromVendorResponse(stance, pos, current))).toBe(true);
  });
});

describe("labels and tones", () => {
  it("cover every status", () => {
    for (const s of CLAUSE_STATUSES) {
      expect(CLAUSE_STATUS_LABEL[s]).toBeTruthy();
      expect(CLAUSE_STATUS_TONE[s]).toBeTruthy();
    }
    expect(CLAUSE_STATUS_TONE.MUST_HAVE_MET).toBe("good");
    expect(CLAUSE_STATUS_TONE.FALLBACK_ACCEPTED).toBe("ok");
    expect(CLAUSE_STATUS_TONE.BELOW_WALK_AWAY).toBe("bad");
    expect(CLAUSE_STATUS_TONE.NOT_STARTED).toBe("open");
    expect(CLAUSE_STATUS_TONE.IN_NEGOTIATION).toBe("open");
    expect(CLAUSE_STATUS_TONE.NOT_APPLICABLE).toBe("muted");
  });

  it("isSettled is true only for must-have met and fallback accepted", () => {
    expect(CLAUSE_STATUSES.filter(isSettled)).toEqual(["MUST_HAVE_MET", "FALLBACK_ACCEPTED"]);
  });
});
