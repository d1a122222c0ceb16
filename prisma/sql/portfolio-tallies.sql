-- The portfolio tallies: what runs today. Source of truth, see README.md in this folder; the
-- migrations that brought these definitions in are 20261126210000_portfolio_tallies,
-- 20261126230000_portfolio_tally_concurrency, 20261126233000_response_recount_lock and
-- 20261201181000_scenario_coverage_as_data.
--
-- The database keeps the tallies, in the same transaction as every write, so that no code path
-- (services, seed, generator, a manual fix in psql) can leave them behind.
--
--   "VendorResponse" ──(statement triggers)──▶ "Deal"."pushbackTally" / "pitchTally"  (per deal)
--   "Deal"           ──(statement triggers)──▶ "PortfolioTally" / "ScenarioTally" / "PushbackTally" / "PitchTally"
--
-- A deal contributes to its organisation's tallies while it is not archived. Each Deal statement
-- adds the contributions of the rows after it and subtracts those of the rows before it; rows whose
-- counted columns did not change cancel out and lock no tally row.
--
-- Concurrency: a per-organisation advisory lock serialises the transactions that change what a deal
-- counts (from the change to commit), so tally rows are never taken in crossing orders; a deal's
-- response counts are recounted after its row is locked.

-- The band of lib/domain/readiness-band.ts (a unit test holds the two to the same thresholds).
CREATE OR REPLACE FUNCTION "dp_readiness_band"(score integer, ready boolean) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN ready THEN 'ready' WHEN score >= 70 THEN 'close' WHEN score >= 40 THEN 'partial' ELSE 'early' END
$$;

-- What a deal row counts towards its organisation's tallies, as one row value: null once archived.
-- The columns are the ones dp_apply_deal_tallies reads. Two such values compare field by field
-- (IS DISTINCT FROM: a null equals a null), so a change to any of them counts as a change.
CREATE OR REPLACE FUNCTION "dp_deal_counted"(d "Deal") RETURNS record
LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT CASE WHEN d."archivedAt" IS NULL THEN (
    d."organizationId", d."stage", d."readinessScore", d."readinessReady", d."currency", d."lockInExposed",
    d."contractValueMinor", d."scenarioCoverage", d."vendor", d."pushbackTally", d."pitchTally") END
$$;

-- Adds the tallies of new_deals to their organisations' and subtracts those of old_deals: a Deal
-- statement's rows after and before it.
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

-- One function for the three Deal triggers below.
CREATE OR REPLACE FUNCTION "dp_deal_tallies_trigger"() RETURNS trigger
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

-- Recounts the response tallies of the given deals from their responses (a handful of rows each):
-- "pushbackTally" = {clauseKey: {"counters": n, "rejects": n}}, only clauses with at least one of
-- either;
-- "pitchTally" = {pitchKey: count}.
CREATE OR REPLACE FUNCTION "dp_refresh_deal_response_tallies"(deal_ids text[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  -- Lock the deals, then count in a new statement. Counting inside the locking UPDATE used the
  -- snapshot from before it waited, so of two responses logged on one deal at once, the second
  -- transaction wrote counts without the first one's response. NO KEY UPDATE, the lock that UPDATE
  -- itself takes: FOR UPDATE would also wait for the key-share lock every response insert takes
  -- on its deal, and two transactions logging on one deal would deadlock.
  PERFORM 1 FROM "Deal" WHERE "id" = ANY(deal_ids) ORDER BY "id" FOR NO KEY UPDATE;
  UPDATE "Deal" d
  SET "pushbackTally" = coalesce((
        SELECT jsonb_object_agg(x."clauseKey", jsonb_build_object('counters', x.counters, 'rejects', x.rejects))
        FROM (SELECT vr."clauseKey", count(*) FILTER (WHERE vr."stance" = 'COUNTERS') AS counters, count(*) FILTER (WHERE vr."stance" = 'REJECTS') AS rejects
              FROM "VendorResponse" vr WHERE vr."dealId" = d."id" AND vr."stance" IN ('COUNTERS', 'REJECTS')
              GROUP BY vr."clauseKey") x), '{}'),
      "pitchTally" = coalesce((
        SELECT jsonb_object_agg(y.key, y.count)
        FROM (SELECT pk AS key, count(*) AS count FROM "VendorResponse" vr CROSS JOIN LATERAL unnest(vr."pitchKeys") AS pk
              WHERE vr."dealId" = d."id" AND pk IS NOT NULL GROUP BY pk) y), '{}')
  WHERE d."id" = ANY(deal_ids);
END
$$;

-- One function for the three VendorResponse triggers below.
CREATE OR REPLACE FUNCTION "dp_response_tallies_trigger"() RETURNS trigger
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

-- Recounts one organisation's tallies from its rows: after a TRUNCATE, a restore with triggers
-- disabled, or any doubt. SELECT "dp_rebuild_portfolio_tallies"(id) FROM "Organization";
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
