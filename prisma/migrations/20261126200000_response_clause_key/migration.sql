-- AlterTable
ALTER TABLE "VendorResponse" ADD COLUMN     "clauseKey" TEXT NOT NULL DEFAULT '';


-- Backfill, then keep it right on every insert or move of a response: the database owns this copy.
UPDATE "VendorResponse" vr
SET "clauseKey" = c."key"
FROM "DealClause" dc JOIN "Clause" c ON c."id" = dc."clauseId"
WHERE dc."id" = vr."dealClauseId";

CREATE FUNCTION "vendor_response_clause_key"() RETURNS trigger AS $$
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
