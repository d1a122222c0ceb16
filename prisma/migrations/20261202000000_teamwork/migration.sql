-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('MENTION', 'ASSIGNMENT', 'SUBMITTED', 'APPROVED', 'CHANGES_REQUESTED', 'SECOND_APPROVAL_NEEDED', 'APPROVAL_STALE', 'RISK_REVIEW_DUE', 'SIGNING_NEAR', 'DEAL_IDLE');

-- CreateEnum
CREATE TYPE "NotificationDelivery" AS ENUM ('IN_APP', 'EMAIL', 'DIGEST');

-- CreateEnum
CREATE TYPE "NotificationEmail" AS ENUM ('NONE', 'QUEUED', 'DIGEST_PENDING', 'DIGESTED');

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "requireSecondApproval" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "approver" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "DealClause" ADD COLUMN     "assigneeId" TEXT,
ADD COLUMN     "dueOn" DATE;

-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "secondApproval" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "RiskAcceptance" ADD COLUMN     "ownerId" TEXT,
ADD COLUMN     "reviewOn" DATE;

-- CreateTable
CREATE TABLE "DealSubmission" (
    "id" TEXT NOT NULL,
    "dealId" TEXT NOT NULL,
    "submittedById" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DealSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClauseComment" (
    "id" TEXT NOT NULL,
    "dealId" TEXT NOT NULL,
    "dealClauseId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "mentionedUserIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),
    "deletedById" TEXT,

    CONSTRAINT "ClauseComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "link" TEXT NOT NULL,
    "dealId" TEXT,
    "actorId" TEXT,
    "dedupeKey" TEXT,
    "email" "NotificationEmail" NOT NULL DEFAULT 'NONE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "delivery" "NotificationDelivery" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId","kind")
);

-- CreateIndex
CREATE INDEX "DealSubmission_dealId_createdAt_idx" ON "DealSubmission"("dealId", "createdAt");

-- CreateIndex
CREATE INDEX "ClauseComment_dealClauseId_createdAt_idx" ON "ClauseComment"("dealClauseId", "createdAt");

-- CreateIndex
CREATE INDEX "ClauseComment_dealId_idx" ON "ClauseComment"("dealId");

-- CreateIndex
CREATE INDEX "Notification_userId_organizationId_readAt_createdAt_idx" ON "Notification"("userId", "organizationId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_email_userId_idx" ON "Notification"("email", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_userId_dedupeKey_key" ON "Notification"("userId", "dedupeKey");

-- CreateIndex
CREATE INDEX "DealClause_assigneeId_idx" ON "DealClause"("assigneeId");

-- CreateIndex
CREATE INDEX "RiskAcceptance_reviewOn_idx" ON "RiskAcceptance"("reviewOn");

-- AddForeignKey
ALTER TABLE "DealClause" ADD CONSTRAINT "DealClause_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskAcceptance" ADD CONSTRAINT "RiskAcceptance_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealSubmission" ADD CONSTRAINT "DealSubmission_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealSubmission" ADD CONSTRAINT "DealSubmission_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClauseComment" ADD CONSTRAINT "ClauseComment_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClauseComment" ADD CONSTRAINT "ClauseComment_dealClauseId_fkey" FOREIGN KEY ("dealClauseId") REFERENCES "DealClause"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClauseComment" ADD CONSTRAINT "ClauseComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClauseComment" ADD CONSTRAINT "ClauseComment_deletedById_fkey" FOREIGN KEY ("deletedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

