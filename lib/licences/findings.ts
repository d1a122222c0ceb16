import type { HostingModel } from "@/lib/domain/enums";
import type { FindingSeverity, LicenceEntry, LicenceFinding, LicenceFindingInput } from "./types";
import { LICENCE_REGISTRY } from "./registry";

// Findings: what a deal's base-model licence means for this deal, derived from the registry entry's
// facts and the deal's own (expected users, use case, deployment). Computed, never stored; the
// after-change step caches the count of open blocking ones for the portfolio.
//
// Finding keys are stable and readable: a CIO's written acceptance names one, so renaming a key would
// silently revoke acceptances. Keys: commercial-use, user-threshold, users-unstated, use-case-unstated,
// restricted-use:<CATEGORY>, restrictions-pass-through, attribution, derivative-naming,
// weights-not-redistributable, outputs-training, unchecked.

const SEVERITY_ORDER: Record<FindingSeverity, number> = { BLOCKING: 0, WARNING: 1, INFO: 2 };
const GROUPED = new Intl.NumberFormat("en-GB");

/** A user count for a negotiator: "2 billion", "700 million", "1.5 million", "250,000". */
export function formatUsers(users: number): string {
  if (users >= 1_000_000_000 && users % 100_000_000 === 0) return `${GROUPED.format(users / 1_000_000_000)} billion`;
  if (users >= 1_000_000 && users % 100_000 === 0) return `${GROUPED.format(users / 1_000_000)} million`;
  return GROUPED.format(users);
}

/** The client runs the model itself (wholly or partly), so it needs the weights. */
export function clientHostsModel(hosting: HostingModel): boolean {
  return hosting === "SELF_HOSTED" || hosting === "HYBRID";
}

/** The registry entry with this key, or undefined (a key no longer in the registry reads as unchecked). */
export function findLicence(key: string | null | undefined, registry: readonly LicenceEntry[] = LICENCE_REGISTRY): LicenceEntry | undefined {
  return key ? registry.find((entry) => entry.key === key) : undefined;
}

/** The deal's licence findings, blocking first, then warnings, then information. */
export function licenceFindings(input: LicenceFindingInput, registry: readonly LicenceEntry[] = LICENCE_REGISTRY): LicenceFinding[] {
  const entry = findLicence(input.licenceKey, registry);
  const findings = entry ? entryFindings(entry, input) : uncheckedFindings(input);
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(bySeverityThenRule)
    .map(({ finding }) => finding);
}

function bySeverityThenRule(a: { finding: LicenceFinding; index: number }, b: { finding: LicenceFinding; index: number }): number {
  return SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.index - b.index;
}

function entryFindings(entry: LicenceEntry, input: LicenceFindingInput): LicenceFinding[] {
  return [
    ...commercialUse(entry),
    ...userThreshold(entry, input),
    ...restrictedUses(entry, input),
    ...passThrough(entry, input),
    ...attributionDuties(entry),
    ...weights(entry, input),
    ...outputsTraining(entry, input),
  ];
}

function commercialUse(entry: LicenceEntry): LicenceFinding[] {
  const fact = entry.facts.commercialUse;
  if (fact.value === "allowed") return [];
  return [
    fact.value === "not-allowed"
      ? {
          key: "commercial-use",
          severity: "BLOCKING",
          title: "Commercial use not allowed",
          message: `${entry.name} does not allow commercial use. ${fact.says}`,
          cite: fact.cite,
        }
      : { key: "commercial-use", severity: "WARNING", title: "Commercial use only under conditions", message: fact.says, cite: fact.cite },
  ];
}

function userThreshold(entry: LicenceEntry, input: LicenceFindingInput): LicenceFinding[] {
  const fact = entry.facts.userThreshold;
  const threshold = fact.value;
  if (threshold === null) return [];
  if (input.expectedMonthlyUsers === null) {
    return [
      {
        key: "users-unstated",
        severity: "WARNING",
        title: "Expected users not stated",
        message: `${entry.name} needs the licensor's separate permission above ${formatUsers(threshold)} monthly active users; state the deal's expected monthly users to check it.`,
        cite: fact.cite,
      },
    ];
  }
  if (input.expectedMonthlyUsers <= threshold) return [];
  return [
    {
      key: "user-threshold",
      severity: "BLOCKING",
      title: "Expected users above the licence's threshold",
      message: `The deal expects ${formatUsers(input.expectedMonthlyUsers)} monthly users, above the ${formatUsers(threshold)} threshold of ${entry.name}. ${fact.says}`,
      cite: fact.cite,
    },
  ];
}

function restrictedUses(entry: LicenceEntry, input: LicenceFindingInput): LicenceFinding[] {
  const fact = entry.facts.restrictedUses;
  if (input.useCaseCategory === "UNSPECIFIED") {
    if (!fact.value.length) return [];
    return [
      {
        key: "use-case-unstated",
        severity: "WARNING",
        title: "Use case not stated",
        message: `${entry.name} restricts some fields of use; state the deal's use case category to check it.`,
        cite: fact.cite,
      },
    ];
  }
  return fact.value
    .filter((restriction) => restriction.category === input.useCaseCategory)
    .map((restriction) => ({
      key: `restricted-use:${restriction.category}`,
      severity: restriction.level === "prohibited" ? "BLOCKING" : "WARNING",
      title: restriction.level === "prohibited" ? "Use case in a field the licence forbids" : "Use case allowed only under conditions",
      message: `${entry.name}: ${restriction.says}`,
      cite: fact.cite,
    }));
}

// RAIL-style licences make the vendor repeat the use restrictions in its contract with the client, who
// must in turn repeat them to anyone it serves or hands the model to; a fine-tune carries them too.
function passThrough(entry: LicenceEntry, input: LicenceFindingInput): LicenceFinding[] {
  const fact = entry.facts.restrictionsPassThrough;
  if (!fact?.value) return [];
  const handedOver = clientHostsModel(input.hostingModel);
  return [
    {
      key: "restrictions-pass-through",
      severity: "WARNING",
      title: "Use restrictions must follow the model to the client",
      message: `${fact.says} The contract must bind the client to ${entry.name}'s restrictions${handedOver ? ", and the client must repeat them to anyone it passes the model or a fine-tune on to" : ""}.`,
      cite: fact.cite,
    },
  ];
}

function attributionDuties(entry: LicenceEntry): LicenceFinding[] {
  const { attribution, derivativeNaming } = entry.facts;
  const findings: LicenceFinding[] = [];
  if (attribution.value) {
    findings.push({ key: "attribution", severity: "INFO", title: "Attribution duty", message: attribution.value, cite: attribution.cite });
  }
  if (derivativeNaming.value) {
    findings.push({
      key: "derivative-naming",
      severity: "INFO",
      title: "Naming duty for derivatives",
      message: derivativeNaming.value,
      cite: derivativeNaming.cite,
    });
  }
  return findings;
}

function weights(entry: LicenceEntry, input: LicenceFindingInput): LicenceFinding[] {
  const fact = entry.facts.weightsRedistribution;
  if (fact.value === "allowed") return [];
  const clientHosts = clientHostsModel(input.hostingModel);
  if (fact.value === "not-allowed") {
    return [
      {
        key: "weights-not-redistributable",
        severity: clientHosts ? "BLOCKING" : "WARNING",
        title: "Weights may not be handed to the client",
        message: `${fact.says} ${clientHosts ? "The deal plans for the client to host the model, which this licence rules out." : "An exit that needs the weights is not possible on this base model."}`,
        cite: fact.cite,
      },
    ];
  }
  return [
    {
      key: "weights-not-redistributable",
      // Conditions on handing weights over matter now when the client hosts; otherwise only on exit.
      severity: clientHosts ? "WARNING" : "INFO",
      title: "Weights may be handed over only under conditions",
      message: clientHosts ? fact.says : `${fact.says} This matters on exit, when the weights would move to the client.`,
      cite: fact.cite,
    },
  ];
}

function outputsTraining(entry: LicenceEntry, input: LicenceFindingInput): LicenceFinding[] {
  const fact = entry.facts.outputsTrainOtherModels;
  if (fact.value === "allowed") return [];
  const developsModels = input.useCaseCategory === "MODEL_DEVELOPMENT";
  const severity: FindingSeverity = !developsModels ? "INFO" : fact.value === "not-allowed" ? "BLOCKING" : "WARNING";
  return [
    {
      key: "outputs-training",
      severity,
      title: fact.value === "not-allowed" ? "Outputs may not train other models" : "Training other models on outputs is restricted",
      message: developsModels ? `${fact.says} The deal's use case is model development.` : fact.says,
      cite: fact.cite,
    },
  ];
}

function uncheckedFindings(input: LicenceFindingInput): LicenceFinding[] {
  const named = input.licenceText.trim();
  if (input.licenceKey) {
    return [
      {
        key: "unchecked",
        severity: "WARNING",
        title: "Licence no longer in the registry",
        message: `The deal names the licence "${named || input.licenceKey}", which is no longer a reviewed registry entry: pick a current entry or have its terms reviewed.`,
      },
    ];
  }
  if (named) {
    return [
      {
        key: "unchecked",
        severity: "WARNING",
        title: "Licence not in the registry",
        message: `"${named}" is not a reviewed licence, so nothing about it has been checked: pick it from the registry or have its terms reviewed.`,
      },
    ];
  }
  if (input.baseModel.trim()) {
    return [
      {
        key: "unchecked",
        severity: "WARNING",
        title: "Base model licence not stated",
        message: `The deal names the base model "${input.baseModel.trim()}" but not its licence, so nothing about it has been checked.`,
      },
    ];
  }
  return [];
}

/** Blocking findings not accepted in writing: what readiness counts as blockers. */
export function openBlockingFindings(findings: readonly LicenceFinding[], acceptedKeys: ReadonlySet<string>): LicenceFinding[] {
  return findings.filter((f) => f.severity === "BLOCKING" && !acceptedKeys.has(f.key));
}
