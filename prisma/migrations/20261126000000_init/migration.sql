-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'CIO', 'MANAGER', 'NEGOTIATOR', 'VIEWER');

-- CreateEnum
CREATE TYPE "Priority" AS ENUM ('MUST_HAVE', 'IMPORTANT', 'NICE_TO_HAVE');

-- CreateEnum
CREATE TYPE "HostingModel" AS ENUM ('SELF_HOSTED', 'VENDOR_HOSTED', 'API_ONLY', 'HYBRID');

-- CreateEnum
CREATE TYPE "DealStage" AS ENUM ('INTAKE', 'NEGOTIATING', 'CIO_REVIEW', 'APPROVED', 'SIGNED', 'WALKED_AWAY');

-- CreateEnum
CREATE TYPE "ClauseStatus" AS ENUM ('NOT_STARTED', 'IN_NEGOTIATION', 'MUST_HAVE_MET', 'FALLBACK_ACCEPTED', 'BELOW_WALK_AWAY', 'NOT_APPLICABLE');

-- CreateEnum
CREATE TYPE "ResponseChannel" AS ENUM ('REDLINE', 'EMAIL', 'CALL', 'MEETING');

-- CreateEnum
CREATE TYPE "VendorStance" AS ENUM ('ACCEPTS', 'COUNTERS', 'REJECTS', 'DEFERS');

-- CreateEnum
CREATE TYPE "OfferPosition" AS ENUM ('MUST_HAVE', 'FALLBACK', 'BELOW_WALK_AWAY', 'UNCLEAR');

-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('APPROVED', 'CHANGES_REQUESTED');

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Playbook" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "isCurrent" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Playbook_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Layer" (
    "id" TEXT NOT NULL,
    "playbookId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "Layer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Clause" (
    "id" TEXT NOT NULL,
    "playbookId" TEXT NOT NULL,
    "layerId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "whyItMatters" TEXT NOT NULL,
    "mustHave" TEXT NOT NULL,
    "fallback" TEXT NOT NULL,
    "walkAway" TEXT NOT NULL,
    "sampleLanguage" TEXT,
    "priority" "Priority" NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "Clause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pitch" (
    "id" TEXT NOT NULL,
    "playbookId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "danger" TEXT NOT NULL,
    "counter" TEXT NOT NULL,
    "layerKey" TEXT NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "Pitch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClausePitch" (
    "clauseId" TEXT NOT NULL,
    "pitchId" TEXT NOT NULL,

    CONSTRAINT "ClausePitch_pkey" PRIMARY KEY ("clauseId","pitchId")
);

-- CreateTable
CREATE TABLE "Scenario" (
    "id" TEXT NOT NULL,
    "playbookId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "story" TEXT NOT NULL,
    "whatWentWrong" TEXT NOT NULL,
    "ifUncovered" TEXT NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "Scenario_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScenarioClause" (
    "scenarioId" TEXT NOT NULL,
    "clauseId" TEXT NOT NULL,

    CONSTRAINT "ScenarioClause_pkey" PRIMARY KEY ("scenarioId","clauseId")
);

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" TEXT NOT NULL,
    "playbookId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "Recommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Deal" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "playbookId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "vendor" TEXT NOT NULL,
    "useCase" TEXT NOT NULL DEFAULT '',
    "modelKind" TEXT NOT NULL DEFAULT '',
    "hostingModel" "HostingModel" NOT NULL,
    "baseModel" TEXT NOT NULL DEFAULT '',
    "baseModelLicence" TEXT NOT NULL DEFAULT '',
    "contractValueMinor" BIGINT NOT NULL DEFAULT 0,
    "currency" CHAR(3) NOT NULL DEFAULT 'USD',
    "stage" "DealStage" NOT NULL DEFAULT 'INTAKE',
    "targetSigningDate" DATE,
    "ownerId" TEXT NOT NULL,
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Deal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DealClause" (
    "id" TEXT NOT NULL,
    "dealId" TEXT NOT NULL,
    "clauseId" TEXT NOT NULL,
    "status" "ClauseStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "notApplicableReason" TEXT,
    "agreedLanguage" TEXT NOT NULL DEFAULT '',
    "contractReference" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "DealClause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VendorResponse" (
    "id" TEXT NOT NULL,
    "dealId" TEXT NOT NULL,
    "dealClauseId" TEXT NOT NULL,
    "occurredOn" DATE NOT NULL,
    "channel" "ResponseChannel" NOT NULL,
    "vendorText" TEXT NOT NULL,
    "stance" "VendorStance" NOT NULL,
    "offerPosition" "OfferPosition" NOT NULL,
    "redFlagKeys" TEXT[],
    "pitchKeys" TEXT[],
    "counterNextStep" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VendorResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DealRecommendation" (
    "id" TEXT NOT NULL,
    "dealId" TEXT NOT NULL,
    "recommendationId" TEXT NOT NULL,
    "done" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "DealRecommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL,
    "dealId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "decision" "ReviewDecision" NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "snapshot" JSONB NOT NULL,
    "staleAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskAcceptance" (
    "id" TEXT NOT NULL,
    "dealId" TEXT NOT NULL,
    "dealClauseId" TEXT NOT NULL,
    "reviewId" TEXT,
    "acceptedById" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RiskAcceptance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "actorId" TEXT,
    "dealId" TEXT,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_organizationId_idx" ON "Membership"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_organizationId_key" ON "Membership"("userId", "organizationId");

-- CreateIndex
CREATE INDEX "Playbook_organizationId_isCurrent_idx" ON "Playbook"("organizationId", "isCurrent");

-- CreateIndex
CREATE UNIQUE INDEX "Playbook_organizationId_version_key" ON "Playbook"("organizationId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Layer_playbookId_key_key" ON "Layer"("playbookId", "key");

-- CreateIndex
CREATE INDEX "Clause_layerId_idx" ON "Clause"("layerId");

-- CreateIndex
CREATE UNIQUE INDEX "Clause_playbookId_key_key" ON "Clause"("playbookId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Pitch_playbookId_key_key" ON "Pitch"("playbookId", "key");

-- CreateIndex
CREATE INDEX "ClausePitch_pitchId_idx" ON "ClausePitch"("pitchId");

-- CreateIndex
CREATE UNIQUE INDEX "Scenario_playbookId_key_key" ON "Scenario"("playbookId", "key");

-- CreateIndex
CREATE INDEX "ScenarioClause_clauseId_idx" ON "ScenarioClause"("clauseId");

-- CreateIndex
CREATE UNIQUE INDEX "Recommendation_playbookId_key_key" ON "Recommendation"("playbookId", "key");

-- CreateIndex
CREATE INDEX "Deal_organizationId_archivedAt_updatedAt_idx" ON "Deal"("organizationId", "archivedAt", "updatedAt");

-- CreateIndex
CREATE INDEX "Deal_organizationId_stage_idx" ON "Deal"("organizationId", "stage");

-- CreateIndex
CREATE INDEX "Deal_organizationId_ownerId_idx" ON "Deal"("organizationId", "ownerId");

-- CreateIndex
CREATE INDEX "Deal_organizationId_vendor_idx" ON "Deal"("organizationId", "vendor");

-- CreateIndex
CREATE INDEX "Deal_organizationId_targetSigningDate_idx" ON "Deal"("organizationId", "targetSigningDate");

-- CreateIndex
CREATE INDEX "DealClause_clauseId_status_idx" ON "DealClause"("clauseId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "DealClause_dealId_clauseId_key" ON "DealClause"("dealId", "clauseId");

-- CreateIndex
CREATE INDEX "VendorResponse_dealClauseId_createdAt_idx" ON "VendorResponse"("dealClauseId", "createdAt");

-- CreateIndex
CREATE INDEX "VendorResponse_dealId_stance_idx" ON "VendorResponse"("dealId", "stance");

-- CreateIndex
CREATE UNIQUE INDEX "DealRecommendation_dealId_recommendationId_key" ON "DealRecommendation"("dealId", "recommendationId");

-- CreateIndex
CREATE INDEX "Review_dealId_createdAt_idx" ON "Review"("dealId", "createdAt");

-- CreateIndex
CREATE INDEX "RiskAcceptance_dealId_idx" ON "RiskAcceptance"("dealId");

-- CreateIndex
CREATE INDEX "RiskAcceptance_dealClauseId_idx" ON "RiskAcceptance"("dealClauseId");

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_createdAt_idx" ON "AuditEvent"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_dealId_createdAt_idx" ON "AuditEvent"("dealId", "createdAt");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Playbook" ADD CONSTRAINT "Playbook_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Layer" ADD CONSTRAINT "Layer_playbookId_fkey" FOREIGN KEY ("playbookId") REFERENCES "Playbook"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Clause" ADD CONSTRAINT "Clause_playbookId_fkey" FOREIGN KEY ("playbookId") REFERENCES "Playbook"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Clause" ADD CONSTRAINT "Clause_layerId_fkey" FOREIGN KEY ("layerId") REFERENCES "Layer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pitch" ADD CONSTRAINT "Pitch_playbookId_fkey" FOREIGN KEY ("playbookId") REFERENCES "Playbook"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClausePitch" ADD CONSTRAINT "ClausePitch_clauseId_fkey" FOREIGN KEY ("clauseId") REFERENCES "Clause"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClausePitch" ADD CONSTRAINT "ClausePitch_pitchId_fkey" FOREIGN KEY ("pitchId") REFERENCES "Pitch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Scenario" ADD CONSTRAINT "Scenario_playbookId_fkey" FOREIGN KEY ("playbookId") REFERENCES "Playbook"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScenarioClause" ADD CONSTRAINT "ScenarioClause_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScenarioClause" ADD CONSTRAINT "ScenarioClause_clauseId_fkey" FOREIGN KEY ("clauseId") REFERENCES "Clause"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_playbookId_fkey" FOREIGN KEY ("playbookId") REFERENCES "Playbook"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deal" ADD CONSTRAINT "Deal_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deal" ADD CONSTRAINT "Deal_playbookId_fkey" FOREIGN KEY ("playbookId") REFERENCES "Playbook"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deal" ADD CONSTRAINT "Deal_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealClause" ADD CONSTRAINT "DealClause_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealClause" ADD CONSTRAINT "DealClause_clauseId_fkey" FOREIGN KEY ("clauseId") REFERENCES "Clause"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VendorResponse" ADD CONSTRAINT "VendorResponse_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VendorResponse" ADD CONSTRAINT "VendorResponse_dealClauseId_fkey" FOREIGN KEY ("dealClauseId") REFERENCES "DealClause"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealRecommendation" ADD CONSTRAINT "DealRecommendation_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealRecommendation" ADD CONSTRAINT "DealRecommendation_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskAcceptance" ADD CONSTRAINT "RiskAcceptance_dealClauseId_fkey" FOREIGN KEY ("dealClauseId") REFERENCES "DealClause"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskAcceptance" ADD CONSTRAINT "RiskAcceptance_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

