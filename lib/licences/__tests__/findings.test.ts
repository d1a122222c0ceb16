import { describe, expect, it } from "vitest";
import { HOSTING_MODELS, USE_CASE_CATEGORIES } from "@/lib/domain/enums";
import { findLicence, formatUsers, licenceFindings, openBlockingFindings } from "../findings";
import { LICENCE_REGISTRY } from "../registry";
import type { LicenceFinding, LicenceFindingInput } from "../types";

// Worked examples per registry entry: a deal that produces the entry's characteristic finding and one
// that does not. Deals start from a plain vendor-hosted general business case with a modest audience.

function deal(licenceKey: string | null, overrides: Partial<LicenceFindingInput> = {}): LicenceFindingInput {
  return {
    licenceKey,
    licenceText: "",
    baseModel: "",
    expectedMonthlyUsers: 5_000_000,
    useCaseCategory: "GENERAL_BUSINESS",
    hostingModel: "VENDOR_HOSTED",
    ...overrides,
  };
}

function find(findings: LicenceFinding[], key: string): LicenceFinding | undefined {
  return findings.find((finding) => finding.key === key);
}

function blocking(findings: LicenceFinding[]): string[] {
  return findings.filter((finding) => finding.severity === "BLOCKING").map((finding) => finding.key);
}

describe("Llama 3.1 Community License", () => {
  const key = "llama-3.1-community";

  it("blocks a deal expecting 900 million monthly users, with both numbers in words a negotiator reads", () => {
    const finding = find(licenceFindings(deal(key, { expectedMonthlyUsers: 900_000_000 })), "user-threshold");
    expect(finding?.severity).toBe("BLOCKING");
    expect(finding?.message).toContain("900 million monthly users");
    expect(finding?.message).toContain("700 million");
    expect(finding?.cite?.section).toBe("§2 Additional Commercial Terms");
  });

  it("has nothing blocking for 5 million users in general business", () => {
    const findings = licenceFindings(deal(key));
    expect(find(findings, "user-threshold")).toBeUndefined();
    expect(blocking(findings)).toEqual([]);
  });

  it("blocks military use", () => {
    const finding = find(licenceFindings(deal(key, { useCaseCategory: "MILITARY_DEFENCE" })), "restricted-use:MILITARY_DEFENCE");
    expect(finding?.severity).toBe("BLOCKING");
    expect(finding?.cite?.url).toBe("https://llama.meta.com/llama3_1/use-policy");
  });

  it("warns for healthcare (licensed professionals only) and asks for users when they are not stated", () => {
    const findings = licenceFindings(deal(key, { useCaseCategory: "HEALTHCARE", expectedMonthlyUsers: null }));
    expect(find(findings, "restricted-use:HEALTHCARE")?.severity).toBe("WARNING");
    expect(find(findings, "users-unstated")?.message).toContain("700 million");
  });

  it("states the Built with Llama and naming duties as information", () => {
    const findings = licenceFindings(deal(key));
    expect(find(findings, "attribution")?.severity).toBe("INFO");
    expect(find(findings, "derivative-naming")?.message).toContain('"Llama"');
  });
});

describe("Llama 3.2 Community License", () => {
  it("text models: no EU condition, but critical infrastructure is forbidden", () => {
    const findings = licenceFindings(deal("llama-3.2-community", { useCaseCategory: "CRITICAL_INFRASTRUCTURE" }));
    expect(find(findings, "commercial-use")).toBeUndefined();
    expect(find(findings, "restricted-use:CRITICAL_INFRASTRUCTURE")?.severity).toBe("BLOCKING");
  });

  it("vision models: warns that EU-based licensees get no rights", () => {
    const finding = find(licenceFindings(deal("llama-3.2-vision-community")), "commercial-use");
    expect(finding?.severity).toBe("WARNING");
    expect(finding?.message).toContain("EU");
  });

  it("vision models: the threshold still blocks above 700 million and passes at 700 million exactly", () => {
    expect(find(licenceFindings(deal("llama-3.2-vision-community", { expectedMonthlyUsers: 700_000_001 })), "user-threshold")?.severity).toBe("BLOCKING");
    expect(find(licenceFindings(deal("llama-3.2-vision-community", { expectedMonthlyUsers: 700_000_000 })), "user-threshold")).toBeUndefined();
  });
});

describe("Llama 3.3 Community License", () => {
  it("blocks 800 million users and treats the weights' conditions as an exit matter when the vendor hosts", () => {
    const findings = licenceFindings(deal("llama-3.3-community", { expectedMonthlyUsers: 800_000_000 }));
    expect(blocking(findings)).toEqual(["user-threshold"]);
    expect(find(findings, "weights-not-redistributable")?.severity).toBe("INFO");
  });

  it("warns on the weights' conditions when the client hosts, with no EU condition", () => {
    const findings = licenceFindings(deal("llama-3.3-community", { hostingModel: "SELF_HOSTED" }));
    expect(find(findings, "weights-not-redistributable")?.severity).toBe("WARNING");
    expect(find(findings, "commercial-use")).toBeUndefined();
  });
});

describe("Llama 4 Community License", () => {
  it("warns about the EU multimodal clause and blocks military use", () => {
    const findings = licenceFindings(deal("llama-4-community", { useCaseCategory: "MILITARY_DEFENCE" }));
    expect(find(findings, "commercial-use")?.severity).toBe("WARNING");
    expect(blocking(findings)).toEqual(["restricted-use:MILITARY_DEFENCE"]);
  });

  it("has nothing blocking for an ordinary deal", () => {
    expect(blocking(licenceFindings(deal("llama-4-community")))).toEqual([]);
  });
});

describe("Gemma Terms of Use", () => {
  const key = "gemma-terms";

  it("makes the contract carry the use restrictions to the client", () => {
    const finding = find(licenceFindings(deal(key)), "restrictions-pass-through");
    expect(finding?.severity).toBe("WARNING");
    expect(finding?.message).toContain("Gemma Terms of Use");
  });

  it("has no user threshold, even at 2 billion users", () => {
    const findings = licenceFindings(deal(key, { expectedMonthlyUsers: 2_000_000_000 }));
    expect(find(findings, "user-threshold")).toBeUndefined();
    expect(blocking(findings)).toEqual([]);
  });

  it("warns on healthcare (no unlicensed practice of medicine) but not on general business", () => {
    expect(find(licenceFindings(deal(key, { useCaseCategory: "HEALTHCARE" })), "restricted-use:HEALTHCARE")?.severity).toBe("WARNING");
    expect(licenceFindings(deal(key)).filter((finding) => finding.key.startsWith("restricted-use:"))).toEqual([]);
  });

  it("flags distillation into another model as restricted when the deal develops models", () => {
    expect(find(licenceFindings(deal(key, { useCaseCategory: "MODEL_DEVELOPMENT" })), "outputs-training")?.severity).toBe("WARNING");
  });
});

describe("Gemini API terms", () => {
  const key = "gemini-api-terms";

  it("blocks a self-hosted deal: the weights are never available", () => {
    expect(find(licenceFindings(deal(key, { hostingModel: "SELF_HOSTED" })), "weights-not-redistributable")?.severity).toBe("BLOCKING");
  });

  it("only warns about exit when the model stays behind the API", () => {
    const findings = licenceFindings(deal(key, { hostingModel: "API_ONLY" }));
    expect(find(findings, "weights-not-redistributable")?.severity).toBe("WARNING");
    expect(blocking(findings)).toEqual([]);
  });

  it("warns that building competing models is off limits when the deal develops models", () => {
    expect(find(licenceFindings(deal(key, { useCaseCategory: "MODEL_DEVELOPMENT" })), "outputs-training")?.severity).toBe("WARNING");
  });
});

describe("Tongyi Qianwen License Agreement", () => {
  const key = "tongyi-qianwen";

  it("blocks 150 million users against its 100 million threshold", () => {
    const finding = find(licenceFindings(deal(key, { expectedMonthlyUsers: 150_000_000 })), "user-threshold");
    expect(finding?.severity).toBe("BLOCKING");
    expect(finding?.message).toContain("100 million");
  });

  it("has nothing blocking at 50 million users", () => {
    expect(blocking(licenceFindings(deal(key, { expectedMonthlyUsers: 50_000_000 })))).toEqual([]);
  });

  it("blocks model development, where outputs would improve another model; information otherwise", () => {
    expect(find(licenceFindings(deal(key, { useCaseCategory: "MODEL_DEVELOPMENT" })), "outputs-training")?.severity).toBe("BLOCKING");
    expect(find(licenceFindings(deal(key)), "outputs-training")?.severity).toBe("INFO");
  });
});

describe("Apache-2.0", () => {
  it("never blocks or warns, whatever the deal", () => {
    for (const useCaseCategory of USE_CASE_CATEGORIES) {
      for (const hostingModel of HOSTING_MODELS) {
        for (const expectedMonthlyUsers of [null, 1, 2_000_000_000]) {
          const findings = licenceFindings(deal("apache-2.0", { useCaseCategory, hostingModel, expectedMonthlyUsers }));
          expect(findings.map((finding) => `${finding.key}:${finding.severity}`)).toEqual(["attribution:INFO"]);
        }
      }
    }
  });
});

describe("MIT", () => {
  it("never blocks or warns, whatever the deal, and lets outputs train other models", () => {
    for (const useCaseCategory of USE_CASE_CATEGORIES) {
      for (const hostingModel of HOSTING_MODELS) {
        const findings = licenceFindings(deal("mit", { useCaseCategory, hostingModel, expectedMonthlyUsers: 2_000_000_000 }));
        expect(findings.filter((finding) => finding.severity !== "INFO")).toEqual([]);
        expect(find(findings, "outputs-training")).toBeUndefined();
      }
    }
  });
});

describe("Mistral AI Non-Production License", () => {
  const key = "mistral-mnpl-0.1";

  it("blocks any deal: commercial use is excluded", () => {
    const finding = find(licenceFindings(deal(key)), "commercial-use");
    expect(finding?.severity).toBe("BLOCKING");
    expect(finding?.message).toMatch(/^Mistral AI Non-Production License does not allow commercial use\./);
  });

  it("also blocks handing the weights to a self-hosting client, and only warns when the vendor hosts", () => {
    expect(find(licenceFindings(deal(key, { hostingModel: "SELF_HOSTED" })), "weights-not-redistributable")?.severity).toBe("BLOCKING");
    expect(find(licenceFindings(deal(key, { hostingModel: "VENDOR_HOSTED" })), "weights-not-redistributable")?.severity).toBe("WARNING");
  });
});

describe("Falcon 180B TII License", () => {
  const key = "falcon-180b-tii-1.0";

  it("warns about Hosting Use and carries its restrictions to the client", () => {
    const findings = licenceFindings(deal(key));
    expect(find(findings, "commercial-use")?.message).toContain("Hosting Use");
    expect(find(findings, "restrictions-pass-through")?.severity).toBe("WARNING");
  });

  it("has no threshold and nothing blocking, even at 2 billion users", () => {
    const findings = licenceFindings(deal(key, { expectedMonthlyUsers: 2_000_000_000 }));
    expect(find(findings, "user-threshold")).toBeUndefined();
    expect(blocking(findings)).toEqual([]);
  });
});

describe("BigScience OpenRAIL-M", () => {
  const key = "bigscience-openrail-m";

  it("blocks medical advice", () => {
    expect(find(licenceFindings(deal(key, { useCaseCategory: "HEALTHCARE" })), "restricted-use:HEALTHCARE")?.severity).toBe("BLOCKING");
  });

  it("makes the restrictions follow a self-hosted derivative beyond the client", () => {
    const finding = find(licenceFindings(deal(key, { hostingModel: "SELF_HOSTED" })), "restrictions-pass-through");
    expect(finding?.severity).toBe("WARNING");
    expect(finding?.message).toContain("anyone it passes the model or a fine-tune on to");
  });

  it("binds the client through the contract even when the vendor only hosts it", () => {
    const finding = find(licenceFindings(deal(key, { hostingModel: "API_ONLY" })), "restrictions-pass-through");
    expect(finding?.message).toContain("The contract must bind the client");
    expect(finding?.message).not.toContain("anyone it passes");
  });

  it("does not restrict military use (not in its Attachment A)", () => {
    const findings = licenceFindings(deal(key, { useCaseCategory: "MILITARY_DEFENCE" }));
    expect(findings.filter((finding) => finding.key.startsWith("restricted-use:"))).toEqual([]);
  });
});

describe("CreativeML Open RAIL-M", () => {
  const key = "creativeml-openrail-m";

  it("warns that employment decisions need a person in the loop", () => {
    expect(find(licenceFindings(deal(key, { useCaseCategory: "EMPLOYMENT_DECISIONS" })), "restricted-use:EMPLOYMENT_DECISIONS")?.severity).toBe("WARNING");
  });

  it("has nothing blocking for general business", () => {
    expect(blocking(licenceFindings(deal(key)))).toEqual([]);
  });
});

describe("BigScience RAIL License v1.0 (BLOOM)", () => {
  const key = "bloom-rail-1.0";

  it("blocks medical advice and carries the restrictions to the client", () => {
    const findings = licenceFindings(deal(key, { useCaseCategory: "HEALTHCARE" }));
    expect(blocking(findings)).toEqual(["restricted-use:HEALTHCARE"]);
    expect(find(findings, "restrictions-pass-through")).toBeDefined();
  });

  it("has nothing blocking for general business", () => {
    expect(blocking(licenceFindings(deal(key)))).toEqual([]);
  });
});

describe("OpenAI Terms of Use", () => {
  const key = "openai-terms";

  it("blocks a self-hosted deal: weights are not redistributable", () => {
    expect(blocking(licenceFindings(deal(key, { hostingModel: "SELF_HOSTED" })))).toEqual(["weights-not-redistributable"]);
  });

  it("has nothing blocking behind the vendor's service", () => {
    expect(blocking(licenceFindings(deal(key, { hostingModel: "VENDOR_HOSTED" })))).toEqual([]);
  });
});

describe("Anthropic Commercial Terms", () => {
  const key = "anthropic-commercial-terms";

  it("blocks a hybrid deal, where the client would run part of the model", () => {
    expect(blocking(licenceFindings(deal(key, { hostingModel: "HYBRID" })))).toEqual(["weights-not-redistributable"]);
  });

  it("has nothing blocking through the API", () => {
    expect(blocking(licenceFindings(deal(key, { hostingModel: "API_ONLY" })))).toEqual([]);
  });
});

describe("every registry entry", () => {
  it.each(LICENCE_REGISTRY.map((entry) => [entry.key] as const))("%s: findings cite the entry's own facts, with stable keys", (key) => {
    const entry = findLicence(key)!;
    const findings = licenceFindings(deal(key, { useCaseCategory: "UNSPECIFIED", expectedMonthlyUsers: null, hostingModel: "SELF_HOSTED" }));
    const cites = Object.values(entry.facts).flatMap((fact) => (fact ? [fact.cite] : []));
    for (const finding of findings) {
      expect(finding.key).toMatch(/^[a-z-]+(?::[A-Z_]+)?$/);
      expect(cites).toContainEqual(finding.cite);
      expect(finding.message.trim()).not.toBe("");
    }
    expect(new Set(findings.map((finding) => finding.key)).size).toBe(findings.length);
  });
});

describe("licences outside the registry", () => {
  it("flags a free-text licence as unchecked", () => {
    const findings = licenceFindings(deal(null, { licenceText: "Acme Model Licence v2" }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ key: "unchecked", severity: "WARNING" });
    expect(findings[0].message).toContain('"Acme Model Licence v2"');
  });

  it("flags a key no longer in the registry, naming it", () => {
    const findings = licenceFindings(deal("llama-2-community", { licenceText: "" }));
    expect(findings).toEqual([expect.objectContaining({ key: "unchecked", title: "Licence no longer in the registry" })]);
    expect(findings[0].message).toContain("llama-2-community");
  });

  it("flags a base model named without a licence, and finds nothing when neither is given", () => {
    expect(licenceFindings(deal(null, { baseModel: "In-house 7B" }))[0]?.message).toContain('"In-house 7B"');
    expect(licenceFindings(deal(null))).toEqual([]);
  });
});

describe("ordering and acceptance", () => {
  it("lists blocking findings first, then warnings, then information", () => {
    const findings = licenceFindings(deal("llama-3.1-community", { expectedMonthlyUsers: 900_000_000, useCaseCategory: "HEALTHCARE" }));
    const ranks = findings.map((finding) => ["BLOCKING", "WARNING", "INFO"].indexOf(finding.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(findings[0].key).toBe("user-threshold");
  });

  it("counts only blocking findings not accepted in writing", () => {
    const findings = licenceFindings(deal("llama-3.1-community", { expectedMonthlyUsers: 900_000_000, useCaseCategory: "MILITARY_DEFENCE" }));
    expect(openBlockingFindings(findings, new Set()).map((finding) => finding.key)).toEqual(["user-threshold", "restricted-use:MILITARY_DEFENCE"]);
    expect(openBlockingFindings(findings, new Set(["user-threshold", "attribution"])).map((finding) => finding.key)).toEqual([
      "restricted-use:MILITARY_DEFENCE",
    ]);
  });
});

describe("formatUsers", () => {
  it("reads round billions and tenth millions in words, and groups the rest", () => {
    expect(formatUsers(700_000_000)).toBe("700 million");
    expect(formatUsers(1_500_000)).toBe("1.5 million");
    expect(formatUsers(2_000_000_000)).toBe("2 billion");
    expect(formatUsers(1_250_000_000)).toBe("1,250 million");
    expect(formatUsers(1_234_567)).toBe("1,234,567");
    expect(formatUsers(250_000)).toBe("250,000");
  });
});
