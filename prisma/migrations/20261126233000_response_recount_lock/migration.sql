-- Responses logged at once on one deal deadlocked in the recount of 20261126230000 (each insert holds
-- a key-share lock on its deal, which FOR UPDATE waits for): lock as UPDATE does instead.
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
        SELECT jsonb_object_agg(x."clauseKey", jsonb_build_array(x.counters, x.rejects))
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
