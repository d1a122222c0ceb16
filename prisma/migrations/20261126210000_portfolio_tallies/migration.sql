-- AlterTable
ALTER TABLE "Deal" ADD COLUMN     "heatCells" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "pitchTally" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "pushbackTally" JSONB NOT NULL DEFAULT '{}';

-- CreateTable
CREATE TABLE "PortfolioTally" (
    "organizationId" TEXT NOT NULL,
    "stage" "DealStage" NOT NULL,
    "band" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "lockInExposed" BOOLEAN NOT NULL,
    "deals" INTEGER NOT NULL DEFAULT 0,
    "valueMinor" BIGINT NOT NULL DEFAULT 0,
    "scenariosCovered" INTEGER[],

    CONSTRAINT "PortfolioTally_pkey" PRIMARY KEY ("organizationId","stage","band","currency","lockInExposed")
);

-- CreateTable
CREATE TABLE "PushbackTally" (
    "organizationId" TEXT NOT NULL,
    "clauseKey" TEXT NOT NULL,
    "counters" INTEGER NOT NULL DEFAULT 0,
    "rejects" INTEGER NOT NULL DEFAULT 0,
    "deals" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PushbackTally_pkey" PRIMARY KEY ("organizationId","clauseKey")
);

-- CreateTable
CREATE TABLE "PitchTally" (
    "organizationId" TEXT NOT NULL,
    "pitchKey" TEXT NOT NULL,
    "vendor" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PitchTally_pkey" PRIMARY KEY ("organizationId","pitchKey","vendor")
);

-- Live deals by signing date (partial indexes, which the Prisma schema cannot express): the heat
-- map reads open, then closed deals in order and stops at its limit; the at-risk panel counts and
-- ranks the unready open deals of its 30-day window from the index alone.
CREATE INDEX "Deal_unready_by_signing_idx" ON "Deal"("organizationId", "targetSigningDate") INCLUDE ("readinessScore", "id")
WHERE "archivedAt" IS NULL AND NOT "readinessReady" AND "stage" NOT IN ('SIGNED', 'WALKED_AWAY');
CREATE INDEX "Deal_open_by_signing_idx" ON "Deal"("organizationId", "targetSigningDate", "id")
WHERE "archivedAt" IS NULL AND "stage" NOT IN ('SIGNED', 'WALKED_AWAY');
CREATE INDEX "Deal_closed_by_signing_idx" ON "Deal"("organizationId", "targetSigningDate" DESC NULLS LAST, "id")
WHERE "archivedAt" IS NULL AND "stage" IN ('SIGNED', 'WALKED_AWAY');

-- AddForeignKey
ALTER TABLE "PortfolioTally" ADD CONSTRAINT "PortfolioTally_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PushbackTally" ADD CONSTRAINT "PushbackTally_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PitchTally" ADD CONSTRAINT "PitchTally_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ─────────────────────────────────────────────────────────────────────────────────────────────────
-- Portfolio tallies. The database keeps them, in the same transaction as every write, so that no
-- code path (services, seed, generator, a manual fix in psql) can leave them behind.
--
--   "VendorResponse" ──(statement triggers)──▶ "Deal"."pushbackTally" / "pitchTally"  (per deal)
--   "Deal"           ──(statement triggers)──▶ "PortfolioTally" / "PushbackTally" / "PitchTally"
--
-- A deal contributes to its organisation's tallies while it is not archived. Each Deal statement
-- adds the contributions of the rows after it and subtracts those of the rows before it; rows whose
-- counted columns did not change cancel out and lock no tally row.

-- The band of lib/domain/readiness-band.ts (a unit test holds the two to the same thresholds).
CREATE FUNCTION "dp_readiness_band"(score integer, ready boolean) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN ready THEN 'ready' WHEN score >= 70 THEN 'close' WHEN score >= 40 THEN 'partial' ELSE 'early' END
$$;

CREATE FUNCTION "dp_int_array_add"(a integer[], b integer[]) RETURNS integer[]
LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(array_agg(coalesce(x, 0) + coalesce(y, 0) ORDER BY i), '{}') FROM unnest(a, b) WITH ORDINALITY AS u(x, y, i)
$$;

CREATE FUNCTION "dp_apply_deal_tallies"(old_deals "Deal"[], new_deals "Deal"[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  -- Upserts run in key order so that two transactions never wait on each other's rows crosswise.
  WITH live AS (
    SELECT 1 AS sign, d.* FROM unnest(new_deals) d WHERE d."archivedAt" IS NULL
    UNION ALL
    SELECT -1 AS sign, d.* FROM unnest(old_deals) d WHERE d."archivedAt" IS NULL
  ), delta AS (
    SELECT l."organizationId", l."stage", "dp_readiness_band"(l."readinessScore", l."readinessReady") AS band, l."currency", l."lockInExposed",
           sum(l.sign)::int AS deals, sum(l.sign * l."contractValueMinor")::bigint AS value,
           ARRAY[sum(l.sign * ((l."scenariosCoveredMask" >> 0) & 1)), sum(l.sign * ((l."scenariosCoveredMask" >> 1) & 1)),
                 sum(l.sign * ((l."scenariosCoveredMask" >> 2) & 1)), sum(l.sign * ((l."scenariosCoveredMask" >> 3) & 1)),
                 sum(l.sign * ((l."scenariosCoveredMask" >> 4) & 1)), sum(l.sign * ((l."scenariosCoveredMask" >> 5) & 1)),
                 sum(l.sign * ((l."scenariosCoveredMask" >> 6) & 1)), sum(l.sign * ((l."scenariosCoveredMask" >> 7) & 1))]::int[] AS covered
    FROM live l
    GROUP BY 1, 2, 3, 4, 5
  )
  INSERT INTO "PortfolioTally" AS t ("organizationId", "stage", "band", "currency", "lockInExposed", "deals", "valueMinor", "scenariosCovered")
  SELECT x."organizationId", x."stage", x.band, x."currency", x."lockInExposed", x.deals, x.value, x.covered
  FROM delta x
  WHERE (x.deals <> 0 OR x.value <> 0 OR x.covered <> '{0,0,0,0,0,0,0,0}')
    AND EXISTS (SELECT 1 FROM "Organization" o WHERE o."id" = x."organizationId")
  ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("organizationId", "stage", "band", "currency", "lockInExposed") DO UPDATE
  SET "deals" = t."deals" + excluded."deals",
      "valueMinor" = t."valueMinor" + excluded."valueMinor",
      "scenariosCovered" = "dp_int_array_add"(t."scenariosCovered", excluded."scenariosCovered");

  WITH live AS (
    SELECT 1 AS sign, d."organizationId", d."pushbackTally" FROM unnest(new_deals) d WHERE d."archivedAt" IS NULL
    UNION ALL
    SELECT -1 AS sign, d."organizationId", d."pushbackTally" FROM unnest(old_deals) d WHERE d."archivedAt" IS NULL
  ), delta AS (
    -- A deal's tally only holds clauses with at least one counter or rejection: each entry is one deal.
    SELECT l."organizationId", p.key AS "clauseKey",
           sum(l.sign * (p.value->>0)::int)::int AS counters, sum(l.sign * (p.value->>1)::int)::int AS rejects, sum(l.sign)::int AS deals
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

CREATE FUNCTION "dp_deal_tallies_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "dp_apply_deal_tallies"('{}', ARRAY(SELECT n::"Deal" FROM new_rows n));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "dp_apply_deal_tallies"(ARRAY(SELECT o::"Deal" FROM old_rows o), ARRAY(SELECT n::"Deal" FROM new_rows n));
  ELSE
    PERFORM "dp_apply_deal_tallies"(ARRAY(SELECT o::"Deal" FROM old_rows o), '{}');
  END IF;
  RETURN NULL;
END
$$;


-- Recounts the response tallies of the given deals from their responses (a handful of rows each).
CREATE FUNCTION "dp_refresh_deal_response_tallies"(deal_ids text[]) RETURNS void
LANGUAGE sql AS $$
  UPDATE "Deal" d
  SET "pushbackTally" = coalesce((
        SELECT jsonb_object_agg(x."clauseKey", jsonb_build_array(x.counters, x.rejects))
        FROM (SELECT vr."clauseKey", count(*) FILTER (WHERE vr."stance" = 'COUNTERS') AS counters, count(*) FILTER (WHERE vr."stance" = 'REJECTS') AS rejects
              FROM "VendorResponse" vr WHERE vr."dealId" = d."id" AND vr."stance" IN ('COUNTERS', 'REJECTS')
              GROUP BY vr."clauseKey") x), '{}'),
      "pitchTally" = coalesce((
        SELECT jsonb_object_agg(y.key, y.count)
        FROM (SELECT pk AS key, count(*) AS count FROM "VendorResponse" vr CROSS JOIN LATERAL unnest(vr."pitchKeys") AS pk
              WHERE vr."dealId" = d."id" GROUP BY pk) y), '{}')
  WHERE d."id" = ANY(deal_ids)
$$;

CREATE FUNCTION "dp_response_tallies_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "dp_refresh_deal_response_tallies"(ARRAY(SELECT DISTINCT n."dealId" FROM new_rows n ORDER BY 1));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "dp_refresh_deal_response_tallies"(ARRAY(SELECT n."dealId" FROM new_rows n UNION SELECT o."dealId" FROM old_rows o ORDER BY 1));
  ELSE
    PERFORM "dp_refresh_deal_response_tallies"(ARRAY(SELECT DISTINCT o."dealId" FROM old_rows o ORDER BY 1));
  END IF;
  RETURN NULL;
END
$$;


-- Backfill, before the triggers exist: each deal's response tallies, then the organisations' sums.
SELECT "dp_refresh_deal_response_tallies"(ARRAY(SELECT "id" FROM "Deal"));
SELECT "dp_apply_deal_tallies"('{}', ARRAY(SELECT d FROM "Deal" d));

-- A trigger with transition tables handles one event, hence three per table.
CREATE TRIGGER "deal_tallies_insert" AFTER INSERT ON "Deal" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION "dp_deal_tallies_trigger"();
CREATE TRIGGER "deal_tallies_update" AFTER UPDATE ON "Deal" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION "dp_deal_tallies_trigger"();
CREATE TRIGGER "deal_tallies_delete" AFTER DELETE ON "Deal" REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION "dp_deal_tallies_trigger"();
CREATE TRIGGER "response_tallies_insert" AFTER INSERT ON "VendorResponse" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION "dp_response_tallies_trigger"();
CREATE TRIGGER "response_tallies_update" AFTER UPDATE ON "VendorResponse" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION "dp_response_tallies_trigger"();
CREATE TRIGGER "response_tallies_delete" AFTER DELETE ON "VendorResponse" REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION "dp_response_tallies_trigger"();
