import { z } from "zod";
import { AUDIT_ACTION_LABEL } from "@/lib/format/audit-labels";
import { ZId } from "./common";

const DAY_MS = 86_400_000;

/** A YYYY-MM-DD day of the filter, as the UTC midnight that starts it; one message per bad value. */
const ZDay = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const date = new Date(`${value}T00:00:00Z`);
    const message = !/^\d{4}-\d{2}-\d{2}$/.test(value)
      ? "Use the format YYYY-MM-DD"
      : Number.isNaN(date.getTime()) || !date.toISOString().startsWith(value)
        ? "Not a real date"
        : value < "2000-01-01" || value > "2999-12-31"
          ? "Use a date between 2000 and 2999"
          : null;
    if (message) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return date;
  });

/** An empty form field means "no filter". */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (v === "" ? undefined : v), schema.optional());
}

/** The keyset position of a page: the newest-first order's last (or first) event seen, as `<ISO time>_<id>`. */
const ZCursor = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z_[A-Za-z0-9_-]{1,64}$/, "Not a valid page position")
  .transform((value) => {
    const at = value.indexOf("_");
    return { createdAt: new Date(value.slice(0, at)), id: value.slice(at + 1) };
  })
  .refine((c) => !Number.isNaN(c.createdAt.getTime()), "Not a valid page position");

/**
 * The organisation audit log's filters, from the page's query string or the CSV export's. Unlike the
 * deal activity's, a bad value is an error the page explains (an audit reader must not silently see
 * an unfiltered log they take for a filtered one).
 */
export const ZOrganizationAuditQuery = z
  .object({
    actorId: optional(ZId),
    action: optional(z.string().refine((a) => a in AUDIT_ACTION_LABEL, "Choose an action from the list")),
    from: optional(ZDay),
    to: optional(ZDay),
    after: optional(ZCursor),
    before: optional(ZCursor),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "The start date must not be after the end date", path: ["to"] })
  .refine((q) => !(q.after && q.before), { message: "Not a valid page position", path: ["after"] })
  .transform(({ to, ...rest }) => ({ ...rest, to, toExclusive: to ? new Date(to.getTime() + DAY_MS) : undefined }));

export type TOrganizationAuditQuery = z.output<typeof ZOrganizationAuditQuery>;

/** The filters only (no page position), as the CSV export takes them. */
export type TOrganizationAuditFilter = Omit<TOrganizationAuditQuery, "after" | "before">;

export function formatCursor(event: { createdAt: string; id: string }): string {
  return `${event.createdAt}_${event.id}`;
}
