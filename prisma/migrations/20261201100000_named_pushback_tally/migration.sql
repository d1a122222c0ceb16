-- Readable definitions, the same as prisma/sql/portfolio-tallies.sql (the source of what runs):
-- - a deal's pushback tally names its counts, {clauseKey: {"counters": n, "rejects": n}}, instead of
--   the positional [counters, rejects];
-- - what a deal counts towards its organisation's tallies is a row value, compared field by field,
--   instead of a positional JSON array.

-- A new return type (record instead of jsonb): drop, then create.
DROP FUNCTION "dp_deal_counted"("Deal");

CREATE OR REPLACE FUNCTION "dp_deal_counted"(d "Deal") RETURNS record
LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT CASE WHEN d."archivedAt" IS NULL THEN (
    d."organizationId", d."stage", d."readinessScore", d."readinessReady", d."currency", d."lockInExposed",
    d."contractValueMinor", d."scenariosCoveredMask", d."vendor", d."pushbackTally", d."pitchTally") END
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

-- Every deal's tally in the new shape, and every organisation's tallies recounted from the rows.
-- The recount moves deals while their old tallies still have the old shape, which the new
-- dp_apply_deal_tallies does not read: dp_rebuild_portfolio_tallies then throws the organisation's
-- tallies away and sums them again from the converted deals.
SELECT "dp_rebuild_portfolio_tallies"(o."id") FROM "Organization" o ORDER BY o."id";
