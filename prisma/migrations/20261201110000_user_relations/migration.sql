-- Foreign keys for the columns that name a user (and RiskAcceptance."dealId"), replacing the
-- services' id → name lookups with Prisma relations. See the comments on User in schema.prisma for
-- the ON DELETE choices.
--
-- A deployed database may hold references the new constraints would refuse. The app never deletes
-- users or lets a risk acceptance outlive its deal, so none are expected; these statements make sure
-- the migration cannot fail on one anyway:
-- * a risk acceptance of a deal that no longer exists is deleted (what ON DELETE CASCADE would have
--   done; its clause, which cascades from the deal too, is gone as well);
-- * a "last changed by" marker naming a missing user becomes NULL (what ON DELETE SET NULL does);
-- * history naming a missing user (a response's author, a reviewer, a risk's acceptor, an audit
--   event's actor) keeps its author: an inactive placeholder user "Former member" — the name the
--   pages showed for an unknown id until now — is created for each such id. It has no membership and
--   an unusable password hash, so nobody can sign in as it.
DELETE FROM "RiskAcceptance" ra WHERE NOT EXISTS (SELECT 1 FROM "Deal" d WHERE d."id" = ra."dealId");

UPDATE "DealClause" t SET "updatedById" = NULL
WHERE t."updatedById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = t."updatedById");

UPDATE "DealRecommendation" t SET "updatedById" = NULL
WHERE t."updatedById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = t."updatedById");

INSERT INTO "User" ("id", "email", "name", "passwordHash", "active")
SELECT missing."id", 'former-member-' || missing."id" || '@deleted.invalid', 'Former member', '!', false
FROM (
  SELECT "authorId" AS "id" FROM "VendorResponse"
  UNION SELECT "reviewerId" FROM "Review"
  UNION SELECT "acceptedById" FROM "RiskAcceptance"
  UNION SELECT "actorId" FROM "AuditEvent" WHERE "actorId" IS NOT NULL
) missing
WHERE NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = missing."id");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");

-- AddForeignKey
ALTER TABLE "DealClause" ADD CONSTRAINT "DealClause_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VendorResponse" ADD CONSTRAINT "VendorResponse_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealRecommendation" ADD CONSTRAINT "DealRecommendation_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskAcceptance" ADD CONSTRAINT "RiskAcceptance_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskAcceptance" ADD CONSTRAINT "RiskAcceptance_acceptedById_fkey" FOREIGN KEY ("acceptedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

