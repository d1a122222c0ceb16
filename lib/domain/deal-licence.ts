import { licenceFindings, openBlockingFindings } from "@/lib/licences/findings";
import type { LicenceFinding, LicenceFindingInput } from "@/lib/licences/types";
import type { HostingModel, UseCaseCategory } from "./enums";

// A deal's base-model licence facts as the findings rules read them, and the findings still open once
// the written acceptances in force are taken into account. The readiness, the review, the report and
// the portfolio cache all go through here, so they agree on what is open.

export interface DealLicenceFacts {
  baseModelLicenceKey: string | null;
  baseModelLicence: string;
  baseModel: string;
  expectedMonthlyUsers: number | null;
  useCaseCategory: string;
  hostingModel: string;
}

export function licenceInputOf(deal: DealLicenceFacts): LicenceFindingInput {
  return {
    licenceKey: deal.baseModelLicenceKey,
    licenceText: deal.baseModelLicence,
    baseModel: deal.baseModel,
    expectedMonthlyUsers: deal.expectedMonthlyUsers,
    useCaseCategory: deal.useCaseCategory as UseCaseCategory,
    hostingModel: deal.hostingModel as HostingModel,
  };
}

/** The deal's findings and, of them, the blocking ones no written acceptance in force covers. */
export function dealLicenceFindings(deal: DealLicenceFacts, acceptedKeys: ReadonlySet<string>): { findings: LicenceFinding[]; open: LicenceFinding[] } {
  const findings = licenceFindings(licenceInputOf(deal));
  return { findings, open: openBlockingFindings(findings, acceptedKeys) };
}
