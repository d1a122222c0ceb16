"use server";

import { defineDealAction } from "@/lib/actions/define-deal-action";
import { acceptLicenceFinding as acceptService, revokeLicenceFinding as revokeService } from "@/lib/services/licence-findings";
import { ZAcceptLicenceFinding, ZRevokeLicenceFinding } from "@/lib/validation/licence";

export const acceptLicenceFinding = defineDealAction({
  name: "acceptLicenceFinding",
  permission: "risk:accept",
  schema: ZAcceptLicenceFinding,
  service: acceptService,
});

export const revokeLicenceFinding = defineDealAction({
  name: "revokeLicenceFinding",
  permission: "risk:accept",
  schema: ZRevokeLicenceFinding,
  service: revokeService,
});
