// How fast the organisation audit log (/admin/audit) answers with a large trail: inserts N events
// (default 300,000) into one new organisation, then times the service calls the page and the CSV
// export make. A measurement to read, not a test with a budget.
//
//   DATABASE_URL=<a migrated scratch database> npx tsx --conditions=react-server scripts/measure-audit-log.ts [events]
//
// The events are spread over a year, over 25 people and over every action, a tenth of them on deals;
// 2,000 share one timestamp (a bulk import's worst case for keyset paging).
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db";
import { AUDIT_ACTION_LABEL } from "@/lib/format/audit-labels";
import { iterateOrganizationAudit, listOrganizationAudit, organizationAuditOptions } from "@/lib/services/organization-audit";
import { actorFor, createOrganization, createUser } from "@/lib/test/factories";
import { formatCursor, ZOrganizationAuditQuery } from "@/lib/validation/organization-audit";

const EVENTS = Number(process.argv[2] ?? 300_000);
const PEOPLE = 25;
const RUNS = 7;

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const ms: number[] = [];
  let result!: T;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    result = await run();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label.padEnd(58)} median ${ms[RUNS >> 1].toFixed(1).padStart(7)} ms   max ${ms[RUNS - 1].toFixed(1).padStart(7)} ms`);
  return result;
}

async function main() {
  const db = getDb();
  const { org } = await createOrganization(`Audit bench ${randomUUID().slice(0, 6)}`);
  const admin = await createUser(org.id, "ADMIN");
  const people = [admin, ...(await Promise.all(Array.from({ length: PEOPLE - 1 }, () => createUser(org.id, "NEGOTIATOR"))))];
  const actions = Object.keys(AUDIT_ACTION_LABEL);
  const t0 = performance.now();
  await db.$executeRaw`
    INSERT INTO "AuditEvent" ("id", "organizationId", "actorId", "dealId", "entityType", "entityId", "action", "after", "createdAt")
    SELECT ${org.id} || '-' || g, ${org.id}, (${people.map((p) => p.id)}::text[])[1 + g % ${PEOPLE}],
           CASE WHEN g % 10 = 0 THEN 'deal' || (g % 500) END, 'User', 'u' || (g % 1000),
           (${actions}::text[])[1 + g % ${actions.length}], jsonb_build_object('method', 'password', 'ip', '203.0.113.' || (g % 250)),
           CASE WHEN g <= 2000 THEN timestamp '2026-06-01 12:00:00' ELSE timestamp '2026-01-01' + (g * interval '105 seconds') END
    FROM generate_series(1, ${EVENTS}) g`;
  await db.$executeRawUnsafe(`ANALYZE "AuditEvent"`);
  console.log(`inserted ${EVENTS.toLocaleString("en")} events in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);

  const actor = await actorFor(admin.id);
  const q = (input: Record<string, string>) => ZOrganizationAuditQuery.parse(input);
  const first = await timed("first page (newest 50)", () => listOrganizationAudit(actor, q({})));
  await timed("second page (keyset after the first)", () => listOrganizationAudit(actor, q({ after: formatCursor(first.older!) })));
  await timed("filter: one action", () => listOrganizationAudit(actor, q({ action: "signin.failed" })));
  await timed("filter: one person", () => listOrganizationAudit(actor, q({ actorId: people[3].id })));
  await timed("filter: one person and one action", () => listOrganizationAudit(actor, q({ actorId: people[3].id, action: "member.disabled" })));
  await timed("filter: one day", () => listOrganizationAudit(actor, q({ from: "2026-06-01", to: "2026-06-01" })));
  await timed("filter: a month, one action", () => listOrganizationAudit(actor, q({ from: "2026-03-01", to: "2026-03-31", action: "deal.updated" })));
  await timed("filter: an action that matches nothing", () => listOrganizationAudit(actor, q({ action: "organization.created" })));
  // A deep page: the oldest events, reached by a cursor (OFFSET would read everything before it).
  const oldest = await db.auditEvent.findFirstOrThrow({ where: { organizationId: org.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], skip: 60 });
  await timed("deep page (60 events from the oldest)", () =>
    listOrganizationAudit(actor, q({ after: formatCursor({ createdAt: oldest.createdAt.toISOString(), id: oldest.id }) })),
  );
  await timed("the 2,000 events at one instant, paged into", async () => {
    const page = await listOrganizationAudit(actor, q({ from: "2026-06-01", to: "2026-06-01" }));
    return listOrganizationAudit(actor, q({ from: "2026-06-01", to: "2026-06-01", after: formatCursor(page.older!) }));
  });
  await timed(`filter options (people in the log: ${PEOPLE})`, () => organizationAuditOptions(actor));

  const t1 = performance.now();
  let rows = 0;
  for await (const batch of iterateOrganizationAudit(actor, q({}))) rows += batch.length;
  console.log(`\nCSV export, every event: ${rows.toLocaleString("en")} rows read in ${((performance.now() - t1) / 1000).toFixed(1)} s (batches of 1,000)`);
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
