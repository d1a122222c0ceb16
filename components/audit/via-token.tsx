import type { AuditEventDto } from "@/lib/services/audit-log";

/** "via API token "CLM sync" (dpk_Ab12cd…)" under the person, for a change made through the public API. */
export function ViaToken({ via }: { via: AuditEventDto["via"] }) {
  if (!via) return null;
  return (
    <div className="text-xs text-slate-600">
      via {via.kind === "SERVICE" ? "service" : "API"} token “{via.name}” <span className="font-mono">({via.prefix}…)</span>
    </div>
  );
}
