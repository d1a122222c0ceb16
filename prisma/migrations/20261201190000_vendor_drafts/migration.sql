-- CreateEnum
CREATE TYPE "DraftSource" AS ENUM ('DOCX', 'PDF', 'TEXT', 'EMAIL');

-- CreateEnum
CREATE TYPE "DraftMappingOrigin" AS ENUM ('AUTO', 'MANUAL');

-- CreateEnum
CREATE TYPE "DraftMappingState" AS ENUM ('PROPOSED', 'ACCEPTED', 'REJECTED');

-- AlterTable
ALTER TABLE "VendorResponse" ADD COLUMN     "draftId" TEXT;

-- CreateTable
CREATE TABLE "DealDraft" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "dealId" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "source" "DraftSource" NOT NULL,
    "receivedOn" DATE NOT NULL,
    "fileName" TEXT,
    "mediaType" TEXT,
    "byteSize" INTEGER,
    "sha256" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "wordCount" INTEGER NOT NULL,
    "playbookId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "loggedAt" TIMESTAMP(3),
    "loggedById" TEXT,

    CONSTRAINT "DealDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DealDraftFile" (
    "draftId" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "DealDraftFile_pkey" PRIMARY KEY ("draftId")
);

-- CreateTable
CREATE TABLE "DraftPassage" (
    "id" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "number" TEXT NOT NULL DEFAULT '',
    "heading" TEXT NOT NULL DEFAULT '',
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sourceIndex" INTEGER,
    "counterText" TEXT,
    "counterFrom" TEXT,

    CONSTRAINT "DraftPassage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DraftPassageClause" (
    "id" TEXT NOT NULL,
    "passageId" TEXT NOT NULL,
    "dealClauseId" TEXT NOT NULL,
    "origin" "DraftMappingOrigin" NOT NULL,
    "state" "DraftMappingState" NOT NULL DEFAULT 'PROPOSED',
    "terms" TEXT[],
    "score" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DraftPassageClause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DraftFlag" (
    "id" TEXT NOT NULL,
    "passageId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "pitchKey" TEXT,
    "severity" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "dismissedReason" TEXT,
    "dismissedById" TEXT,
    "dismissedAt" TIMESTAMP(3),

    CONSTRAINT "DraftFlag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResponsePassage" (
    "responseId" TEXT NOT NULL,
    "passageId" TEXT NOT NULL,

    CONSTRAINT "ResponsePassage_pkey" PRIMARY KEY ("responseId","passageId")
);

-- CreateIndex
CREATE INDEX "DealDraft_organizationId_createdAt_idx" ON "DealDraft"("organizationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DealDraft_dealId_round_key" ON "DealDraft"("dealId", "round");

-- CreateIndex
CREATE UNIQUE INDEX "DraftPassage_draftId_ordinal_key" ON "DraftPassage"("draftId", "ordinal");

-- CreateIndex
CREATE INDEX "DraftPassageClause_dealClauseId_idx" ON "DraftPassageClause"("dealClauseId");

-- CreateIndex
CREATE UNIQUE INDEX "DraftPassageClause_passageId_dealClauseId_key" ON "DraftPassageClause"("passageId", "dealClauseId");

-- CreateIndex
CREATE UNIQUE INDEX "DraftFlag_passageId_key_key" ON "DraftFlag"("passageId", "key");

-- CreateIndex
CREATE INDEX "ResponsePassage_passageId_idx" ON "ResponsePassage"("passageId");

-- CreateIndex
CREATE INDEX "VendorResponse_draftId_idx" ON "VendorResponse"("draftId");

-- AddForeignKey
ALTER TABLE "VendorResponse" ADD CONSTRAINT "VendorResponse_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "DealDraft"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealDraft" ADD CONSTRAINT "DealDraft_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealDraft" ADD CONSTRAINT "DealDraft_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealDraft" ADD CONSTRAINT "DealDraft_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealDraft" ADD CONSTRAINT "DealDraft_loggedById_fkey" FOREIGN KEY ("loggedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealDraftFile" ADD CONSTRAINT "DealDraftFile_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "DealDraft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftPassage" ADD CONSTRAINT "DraftPassage_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "DealDraft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftPassageClause" ADD CONSTRAINT "DraftPassageClause_passageId_fkey" FOREIGN KEY ("passageId") REFERENCES "DraftPassage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftPassageClause" ADD CONSTRAINT "DraftPassageClause_dealClauseId_fkey" FOREIGN KEY ("dealClauseId") REFERENCES "DealClause"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftFlag" ADD CONSTRAINT "DraftFlag_passageId_fkey" FOREIGN KEY ("passageId") REFERENCES "DraftPassage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponsePassage" ADD CONSTRAINT "ResponsePassage_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "VendorResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponsePassage" ADD CONSTRAINT "ResponsePassage_passageId_fkey" FOREIGN KEY ("passageId") REFERENCES "DraftPassage"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

