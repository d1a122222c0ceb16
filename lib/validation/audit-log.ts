import { z } from "zod";
import { optionalText, ZPageParam } from "./common";

/** The activity trail's filters, from the page's query string or the CSV export's. */
export const ZActivityQuery = z.object({
  entityType: optionalText(40),
  actorId: optionalText(64),
  action: optionalText(60),
  page: ZPageParam,
});
export type TActivityQuery = z.output<typeof ZActivityQuery>;
