-- At most one risk acceptance in force per deal clause. Two CIOs accepting the same gap at once could
-- both be recorded before: keep the earliest of any such pair in force and revoke the later ones,
-- then let the database refuse a second one (a partial unique index, which the Prisma schema cannot
-- express).
UPDATE "RiskAcceptance" r
SET "revokedAt" = CURRENT_TIMESTAMP
WHERE r."revokedAt" IS NULL
  AND EXISTS (
    SELECT 1 FROM "RiskAcceptance" e
    WHERE e."dealClauseId" = r."dealClauseId" AND e."revokedAt" IS NULL AND (e."createdAt", e."id") < (r."createdAt", r."id")
  );

CREATE UNIQUE INDEX "RiskAcceptance_one_in_force_per_clause" ON "RiskAcceptance"("dealClauseId") WHERE "revokedAt" IS NULL;
