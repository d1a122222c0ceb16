-- DropIndex
DROP INDEX "Deal_organizationId_archivedAt_updatedAt_idx";


-- The deal list's default order (latest change first) over live deals, as a partial index: PostgreSQL
-- does not treat "archivedAt" IS NULL as fixing that column, so an index on (organizationId,
-- archivedAt, updatedAt) could not give this order and every page sorted all of the organisation's
-- deals. The list's count reads it too.
CREATE INDEX "Deal_live_by_update_idx" ON "Deal"("organizationId", "updatedAt" DESC, "id" DESC) WHERE "archivedAt" IS NULL;
