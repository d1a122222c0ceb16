import type { LicenceEntry, LicenceFinding, LicenceFindingInput, Permission3 } from "./types";
import { LICENCE_REGISTRY } from "./registry";

// Findings: what a deal's base-model licence means for this deal, derived from the registry entry's
// facts and the deal's own (expected users, use case, deployment). Computed, never stored; the
// after-change step caches the count of open blocking ones for the portfolio.

const USERS = new Intl.NumberFormat("en-GB");

/** The registry entry with this key, or undefined (a key no longer in the registry reads as unchecked). */
export function findLicence(key: string | null | undefined, registry: readonly LicenceEntry[] = LICENCE_REGISTRY): LicenceEntry | undefined {
  return key ? registry.find((entry) => entry.key === key) : undefined;
}

export function licenceFindings(input: LicenceFindingInput, registry: readonly LicenceEntry[] = LICENCE_REGISTRY): LicenceFinding[] {
  const entry = findLicence(input.licenceKey, registry);
  if (!entry) return uncheckedFindings(input);
  const findings: LicenceFinding[] = [];
  const { facts } = entry;

  if (facts.commercialUse.value === "not-allowed") {
    findings.push({
      key: "commercial-use",
      severity: "BLOCKING",
      title: "Commercial use not allowed",
      message: `${entry.name} does not allow commercial use: ${facts.commercialUse.says}`,
      cite: facts.commercialUse.cite,
    });
  } else if (facts.commercialUse.value === "conditional") {
    findings.push({
      key: "commercial-use",
      severity: "WARNING",
      title: "Commercial use only under conditions",
      message: facts.commercialUse.says,
      cite: facts.commercialUse.cite,
    });
  }

  const threshold = facts.userThreshold.value;
  if (threshold !== null) {
    if (input.expectedMonthlyUsers === null) {
      findings.push({
        key: "users-unstated",
        severity: "WARNING",
        title: "Expected users not stated",
        message: `${entry.name} needs the licensor's separate permission above ${USERS.format(threshold)} monthly active users; state the deal's expected users to check it.`,
        cite: facts.userThreshold.cite,
      });
    } else if (input.expectedMonthlyUsers > threshold) {
      findings.push({
        key: "user-threshold",
        severity: "BLOCKING",
        title: "Expected users above the licence's threshold",
        message: `The deal expects ${USERS.format(input.expectedMonthlyUsers)} monthly users; ${entry.name} allows ${USERS.format(threshold)} before the licensor's separate permission is needed. ${facts.userThreshold.says}`,
        cite: facts.userThreshold.cite,
      });
    }
  }

  const restrictions = facts.restrictedUses.value;
  if (input.useCaseCategory === "UNSPECIFIED") {
    if (restrictions.length) {
      findings.push({
        key: "use-case-unstated",
        severity: "WARNING",
        title: "Use case not stated",
        message: `${entry.name} restricts some fields of use; state the deal's use case category to check it.`,
        cite: facts.restrictedUses.cite,
      });
    }
  } else {
    for (const restriction of restrictions.filter((r) => r.category === input.useCaseCategory)) {
      findings.push({
        key: `restricted-use:${restriction.category}`,
        severity: restriction.level === "prohibited" ? "BLOCKING" : "WARNING",
        title: restriction.level === "prohibited" ? "Use case in a field the licence forbids" : "Use case allowed only under conditions",
        message: restriction.says,
        cite: facts.restrictedUses.cite,
      });
    }
  }

  if (facts.attribution.value) {
    findings.push({ key: "attribution", severity: "INFO", title: "Attribution duty", message: facts.attribution.value, cite: facts.attribution.cite });
  }
  if (facts.derivativeNaming.value) {
    findings.push({ key: "derivative-naming", severity: "INFO", title: "Naming duty for derivatives", message: facts.derivativeNaming.value, cite: facts.derivativeNaming.cite });
  }

  const weights = facts.weightsRedistribution.value;
  if (weights !== "allowed") {
    const clientHosts = input.hostingModel === "SELF_HOSTED" || input.hostingModel === "HYBRID";
    findings.push({
      key: "weights-not-redistributable",
      severity: weights === "not-allowed" && clientHosts ? "BLOCKING" : "WARNING",
      title: weights === "not-allowed" ? "Weights may not be handed to the client" : "Weights may be handed over only under conditions",
      message: `${facts.weightsRedistribution.says}${weights === "not-allowed" ? (clientHosts ? " The deal plans to host the model itself." : " An exit that needs the weights is not possible on this base model.") : ""}`,
      cite: facts.weightsRedistribution.cite,
    });
  }

  const outputs: Permission3 = facts.outputsTrainOtherModels.value;
  if (outputs !== "allowed") {
    findings.push({
      key: "outputs-training",
      severity: input.useCaseCategory === "MODEL_DEVELOPMENT" && outputs === "not-allowed" ? "BLOCKING" : "INFO",
      title: outputs === "not-allowed" ? "Outputs may not train other models" : "Training other models on outputs is restricted",
      message: facts.outputsTrainOtherModels.says,
      cite: facts.outputsTrainOtherModels.cite,
    });
  }
  return findings;
}

function uncheckedFindings(input: LicenceFindingInput): LicenceFinding[] {
  const named = input.licenceText.trim();
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
