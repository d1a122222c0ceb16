// Fills an organisation with N realistic deals, for scale tests and the benchmark.
//   DATABASE_URL=postgresql://… npx tsx scripts/generate-deals.ts --org "Bench 1k" --deals 1000 [--seed 42] [--reset]
// Creates the organisation (or reuses it by slug) with the default playbook and one user per role
// (several negotiators), all with the password "playbook-demo", e.g. manager+bench-1k@bench.example.
// Without --reset, deals are added to the ones the organisation already has.
import "./lib/server-only-shim";
import { parseArgs } from "node:util";
import { disconnectDb, getDb } from "@/lib/db";
import { BENCH_PASSWORD, generateDeals } from "./lib/deal-generator";

const USAGE = 'usage: npx tsx scripts/generate-deals.ts --org "Bench 1k" --deals 1000 [--seed 42] [--slug bench-1k] [--reset] [--batch 500]';

async function main() {
  const { values } = parseArgs({
    options: {
      org: { type: "string" },
      slug: { type: "string" },
      deals: { type: "string" },
      seed: { type: "string", default: "42" },
      batch: { type: "string", default: "500" },
      reset: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help || !values.org || values.deals === undefined) {
    console.log(USAGE);
    process.exitCode = values.help ? 0 : 1;
    return;
  }
  const deals = Number(values.deals);
  const seed = Number(values.seed);
  const batchSize = Number(values.batch);
  if (!Number.isInteger(deals) || deals < 0 || !Number.isInteger(seed) || !Number.isInteger(batchSize) || batchSize < 1) {
    console.error(`--deals, --seed and --batch must be whole numbers\n${USAGE}`);
    process.exitCode = 1;
    return;
  }
  if (!process.env.DATABASE_URL) {
    console.error("Set DATABASE_URL to the PostgreSQL database to fill.");
    process.exitCode = 1;
    return;
  }

  // Bulk inserts and a --reset of thousands of deals may run longer than a request's statement timeout.
  process.env.DATABASE_STATEMENT_TIMEOUT_MS ??= "0";
  const result = await generateDeals(getDb(), {
    orgName: values.org,
    slug: values.slug,
    deals,
    seed,
    reset: values.reset,
    batchSize,
    log: (m) => console.log(`[generate] ${m}`),
  });
  const { counts, timings } = result;
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`[generate] organisation "${values.org}" (${result.slug}, ${result.organizationId})`);
  console.log(
    `[generate] ${counts.deals} deals, ${counts.dealClauses} clause rows, ${counts.responses} vendor responses, ${counts.recommendations} process steps, ` +
      `${counts.reviews} reviews, ${counts.riskAcceptances} risk acceptances, ${counts.auditEvents} audit events`,
  );
  console.log(
    `[generate] took ${s(timings.totalMs)}: setup ${s(timings.setupMs)}, reset ${s(timings.resetMs)}, inserts ${s(timings.insertMs)}, readiness cache ${s(timings.readinessCacheMs)}`,
  );
  console.log(`[generate] sign in with password "${BENCH_PASSWORD}" as:`);
  for (const u of result.users) console.log(`  ${u.role.padEnd(10)} ${u.email}`);
  if (result.sampleDealId) console.log(`[generate] a mid-negotiation deal: /deals/${result.sampleDealId}`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(disconnectDb);
