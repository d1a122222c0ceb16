-- CreateIndex
CREATE INDEX "Notification_userId_organizationId_createdAt_id_idx" ON "Notification"("userId", "organizationId", "createdAt" DESC, "id" DESC);

