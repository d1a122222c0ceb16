-- The organisation audit log filters by person within the organisation, newest first, and lists the
-- people who appear in it (a loose index scan over organizationId, actorId).
CREATE INDEX "AuditEvent_organizationId_actorId_createdAt_idx" ON "AuditEvent"("organizationId", "actorId", "createdAt");
