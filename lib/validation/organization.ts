import { z } from "zod";
import { ZId } from "./common";

export const ZSwitchOrganization = z.object({ organizationId: ZId });
export type TSwitchOrganization = z.infer<typeof ZSwitchOrganization>;
