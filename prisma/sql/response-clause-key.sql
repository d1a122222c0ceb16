-- "VendorResponse"."clauseKey": a copy of its clause's key, which the database owns. Kept right on
-- every insert or move of a response (migration 20261126200000_response_clause_key), so the response
-- tallies group by it without joining DealClause and Clause.

CREATE OR REPLACE FUNCTION "vendor_response_clause_key"() RETURNS trigger AS $$
BEGIN
  SELECT c."key" INTO NEW."clauseKey"
  FROM "DealClause" dc JOIN "Clause" c ON c."id" = dc."clauseId"
  WHERE dc."id" = NEW."dealClauseId";
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "vendor_response_clause_key"
BEFORE INSERT OR UPDATE OF "dealClauseId" ON "VendorResponse"
FOR EACH ROW EXECUTE FUNCTION "vendor_response_clause_key"();
