import { z } from "zod";

export const ZId = z.string().trim().min(1, "Required").max(64, "Not a valid id");

export const ZSwitchOrganization = z.object({ organizationId: ZId });
export type TSwitchOrganization = z.infer<typeof ZSwitchOrganization>;
