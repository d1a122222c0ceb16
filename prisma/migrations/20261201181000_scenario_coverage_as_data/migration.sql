-- Scenario coverage and the heat map as keyed data (issue 13): a deal's coverage is
-- {scenarioKey: covered} over its own playbook version's scenarios, its heat-map cells
-- {layerKey: letter}; the 8-slot "PortfolioTally"."scenariosCovered" becomes "ScenarioTally".
-- Function definitions below are copied as is from prisma/sql/portfolio-tallies.sql.

-- CreateTable
CREATE TABLE "ScenarioTally" (
    "organizationId" TEXT NOT NULL,
    "scenarioKey" TEXT NOT NULL,
    "deals" INTEGER NOT NULL DEFAULT 0,
    "covered" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ScenarioTally_pkey" PRIMARY KEY ("organizationId","scenarioKey")
);

-- AddForeignKey
ALTER TABLE "ScenarioTally" ADD CONSTRAINT "ScenarioTally_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Conversion, in place. Bit i of the old mask was the scenario at index i of the deal's playbook
-- scenarios in position order; the old heat-map letters were one per section in the order of
-- LAYER_KEYS (lib/domain/enums.ts), "" = never computed (stays {}: the start-up backfill computes it).
ALTER TABLE "Deal" ADD COLUMN "scenarioCoverage" JSONB NOT NULL DEFAULT '{}';

ALTER TABLE "Deal" ALTER COLUMN "heatCells" DROP DEFAULT;
ALTER TABLE "Deal" ALTER COLUMN "heatCells" TYPE JSONB USING (
  CASE WHEN "heatCells" = '' THEN '{}'::jsonb ELSE jsonb_strip_nulls(jsonb_build_object(
    'training-data', nullif(substr("heatCells", 1, 1), ''),
    'base-model', nullif(substr("heatCells", 2, 1), ''),
    'weights-artifacts', nullif(substr("heatCells", 3, 1), ''),
    'derived-data', nullif(substr("heatCells", 4, 1), ''),
    'outputs', nullif(substr("heatCells", 5, 1), ''),
    'know-how', nullif(substr("heatCells", 6, 1), ''),
    'deployment-exit', nullif(substr("heatCells", 7, 1), ''))) END);
ALTER TABLE "Deal" ALTER COLUMN "heatCells" SET DEFAULT '{}';

-- Only computed deals: a never-computed one keeps {} and is computed by the backfill.
UPDATE "Deal" d
SET "scenarioCoverage" = x.coverage
FROM (
  SELECT d2."id", jsonb_object_agg(s."key", (d2."scenariosCoveredMask" >> (s.idx - 1)::int) & 1 = 1) AS coverage
  FROM "Deal" d2
  JOIN (SELECT sc."playbookId", sc."key", row_number() OVER (PARTITION BY sc."playbookId" ORDER BY sc."position", sc."key") AS idx FROM "Scenario" sc) s
    ON s."playbookId" = d2."playbookId"
  WHERE d2."heatCells" <> '{}'::jsonb
  GROUP BY d2."id"
) x
WHERE d."id" = x."id";

-- The tallies read the new column from here on.
CREATE OR REPLACE FUNCTION "dp_deal_counted"(d "Deal") RETURNS record
LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT CASE WHEN d."archivedAt" IS NULL THEN (
    d."organizationId", d."stage", d."readinessScore", d."readinessReady", d."currency", d."lockInExposed",
    d."contractValueMinor", d."scenarioCoverage", d."vendor", d."pushbackTally", d."pitchTally") END
$$;

CREATE OR REPLACE FUNCTION "dp_apply_deal_tallies"(old_deals "Deal"[], new_deals "Deal"[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  -- One writer per organisation's tallies at a time, until commit. Key order alone keeps a single
  -- statement from deadlocking, but a transaction that moves a deal in several statements (a
  -- response, then its readiness) takes tally rows in an order another transaction may reverse.
  -- Statements that change nothing a deal counts (a rename, a version bump) take no lock.
  PERFORM pg_advisory_xact_lock(hashtextextended('dp_tallies:' || changed.org, 0))
  FROM (
    SELECT DISTINCT coalesce(n."organizationId", o."organizationId") AS org
    FROM unnest(new_deals) n FULL JOIN unnest(old_deals) o ON o."id" = n."id"
    WHERE "dp_deal_counted"(n) IS DISTINCT FROM "dp_deal_counted"(o)
    ORDER BY 1
  ) changed;

  -- Upserts run in key order.
  WITH live AS (
    SELECT 1 AS sign, d.* FROM unnest(new_deals) d WHERE d."archivedAt" IS NULL
    UNION ALL
    SELECT -1 AS sign, d.* FROM unnest(old_deals) d WHERE d."archivedAt" IS NULL
  ), delta AS (
    SELECT l."organizationId", l."stage", "dp_readiness_band"(l."readinessScore", l."readinessReady") AS band, l."currency", l."lockInExposed",
           sum(l.sign)::int AS deals, sum(l.sign * l."contractValueMinor")::bigint AS value
    FROM live l
    GROUP BY 1, 2, 3, 4, 5
  )
  INSERT INTO "PortfolioTally" AS t ("organizationId", "stage", "band", "currency", "lockInExposed", "deals", "valueMinor")
  SELECT x."organizationId", x."stage", x.band, x."currency", x."lockInExposed", x.deals, x.value
  FROM delta x
  WHERE (x.deals <> 0 OR x.value <> 0)
    AND EXISTS (SELECT 1 FROM "Organization" o WHERE o."id" = x."organizationId")
  ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("organizationId", "stage", "band", "currency", "lockInExposed") DO UPDATE
  SET "deals" = t."deals" + excluded."deals",
      "valueMinor" = t."valueMinor" + excluded."valueMinor";

  WITH live AS (
    SELECT 1 AS sign, d."organizationId", d."scenarioCoverage" FROM unnest(new_deals) d WHERE d."archivedAt" IS NULL
    UNION ALL
    SELECT -1 AS sign, d."organizationId", d."scenarioCoverage" FROM unnest(old_deals) d WHERE d."archivedAt" IS NULL
  ), delta AS (
    -- A deal's coverage holds every scenario of its playbook version, covered or not: each entry is one deal.
    SELECT l."organizationId", s.key AS "scenarioKey", sum(l.sign)::int AS deals, sum(l.sign * (s.value = 'true'::jsonb)::int)::int AS covered
    FROM live l CROSS JOIN LATERAL jsonb_each(l."scenarioCoverage") s
    GROUP BY 1, 2
  )
  INSERT INTO "ScenarioTally" AS t ("organizationId", "scenarioKey", "deals", "covered")
  SELECT x."organizationId", x."scenarioKey", x.deals, x.covered
  FROM delta x
  WHERE (x.deals <> 0 OR x.covered <> 0)
    AND EXISTS (SELECT 1 FROM "Organization" o WHERE o."id" = x."organizationId")
  ORDER BY 1, 2
  ON CONFLICT ("organizationId", "scenarioKey") DO UPDATE
  SET "deals" = t."deals" + excluded."deals", "covered" = t."covered" + excluded."covered";

  WITH live AS (
    SELECT 1 AS sign, d."organizationId", d."pushbackTally" FROM unnest(new_deals) d WHERE d."archivedAt" IS NULL
    UNION ALL
    SELECT -1 AS sign, d."organizationId", d."pushbackTally" FROM unnest(old_deals) d WHERE d."archivedAt" IS NULL
  ), delta AS (
    -- A deal's tally only holds clauses with at least one counter or rejection: each entry is one deal.
    SELECT l."organizationId", p.key AS "clauseKey",
           sum(l.sign * (p.value->>'counters')::int)::int AS counters, sum(l.sign * (p.value->>'rejects')::int)::int AS rejects, sum(l.sign)::int AS deals
    FROM live l CROSS JOIN LATERAL jsonb_each(l."pushbackTally") p
    GROUP BY 1, 2
  )
  INSERT INTO "PushbackTally" AS t ("organizationId", "clauseKey", "counters", "rejects", "deals")
  SELECT x."organizationId", x."clauseKey", x.counters, x.rejects, x.deals
  FROM delta x
  WHERE (x.counters <> 0 OR x.rejects <> 0 OR x.deals <> 0)
    AND EXISTS (SELECT 1 FROM "Organization" o WHERE o."id" = x."organizationId")
  ORDER BY 1, 2
  ON CONFLICT ("organizationId", "clauseKey") DO UPDATE
  SET "counters" = t."counters" + excluded."counters", "rejects" = t."rejects" + excluded."rejects", "deals" = t."deals" + excluded."deals";

  WITH live AS (
    SELECT 1 AS sign, d."organizationId", d."vendor", d."pitchTally" FROM unnest(new_deals) d WHERE d."archivedAt" IS NULL
    UNION ALL
    SELECT -1 AS sign, d."organizationId", d."vendor", d."pitchTally" FROM unnest(old_deals) d WHERE d."archivedAt" IS NULL
  ), delta AS (
    SELECT l."organizationId", p.key AS "pitchKey", l."vendor", sum(l.sign * p.value::int)::int AS count
    FROM live l CROSS JOIN LATERAL jsonb_each_text(l."pitchTally") p
    GROUP BY 1, 2, 3
  )
  INSERT INTO "PitchTally" AS t ("organizationId", "pitchKey", "vendor", "count")
  SELECT x."organizationId", x."pitchKey", x."vendor", x.count
  FROM delta x
  WHERE x.count <> 0 AND EXISTS (SELECT 1 FROM "Organization" o WHERE o."id" = x."organizationId")
  ORDER BY 1, 2, 3
  ON CONFLICT ("organizationId", "pitchKey", "vendor") DO UPDATE SET "count" = t."count" + excluded."count";
END
$$;

CREATE OR REPLACE FUNCTION "dp_rebuild_portfolio_tallies"(org text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('dp_tallies:' || org, 0));
  PERFORM "dp_refresh_deal_response_tallies"(ARRAY(SELECT d."id" FROM "Deal" d WHERE d."organizationId" = org));
  DELETE FROM "PortfolioTally" WHERE "organizationId" = org;
  DELETE FROM "ScenarioTally" WHERE "organizationId" = org;
  DELETE FROM "PushbackTally" WHERE "organizationId" = org;
  DELETE FROM "PitchTally" WHERE "organizationId" = org;
  PERFORM "dp_apply_deal_tallies"('{}', ARRAY(SELECT d FROM "Deal" d WHERE d."organizationId" = org));
END
$$;

ALTER TABLE "Deal" DROP COLUMN "scenariosCoveredMask";
ALTER TABLE "PortfolioTally" DROP COLUMN "scenariosCovered";
DROP FUNCTION "dp_int_array_add"(integer[], integer[]);

-- Recount every organisation's tallies under the new definitions.
SELECT "dp_rebuild_portfolio_tallies"(o."id") FROM "Organization" o;
