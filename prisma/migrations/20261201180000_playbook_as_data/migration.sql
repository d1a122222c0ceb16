-- CreateEnum
CREATE TYPE "BaseModelLicenceType" AS ENUM ('UNKNOWN', 'NONE', 'OPEN_PERMISSIVE', 'OPEN_RESTRICTED', 'PROPRIETARY');

-- AlterTable
ALTER TABLE "Playbook" ADD COLUMN     "changeSummary" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "publishedById" TEXT;

-- AlterTable
ALTER TABLE "Clause" ADD COLUMN     "dealId" TEXT,
ADD COLUMN     "rules" JSONB NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "Pitch" ADD COLUMN     "phrases" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Deal" ADD COLUMN     "baseModelLicenceType" "BaseModelLicenceType" NOT NULL DEFAULT 'UNKNOWN',
ADD COLUMN     "regulatedSector" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "DealClause" ADD COLUMN     "priority" "Priority" NOT NULL DEFAULT 'IMPORTANT',
ADD COLUMN     "recheckReason" TEXT,
ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "ruleEffects" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "ruleOverrideReason" TEXT,
ADD COLUMN     "statusBeforeRule" "ClauseStatus";

-- CreateTable
CREATE TABLE "PlaybookDraft" (
    "organizationId" TEXT NOT NULL,
    "basedOnVersion" INTEGER NOT NULL,
    "document" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "PlaybookDraft_pkey" PRIMARY KEY ("organizationId")
);

-- CreateIndex
CREATE INDEX "Clause_dealId_idx" ON "Clause"("dealId");

-- AddForeignKey
ALTER TABLE "Playbook" ADD CONSTRAINT "Playbook_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlaybookDraft" ADD CONSTRAINT "PlaybookDraft_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlaybookDraft" ADD CONSTRAINT "PlaybookDraft_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Clause" ADD CONSTRAINT "Clause_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Every existing checklist item counts with its playbook clause's priority (no rule has raised one yet).
UPDATE "DealClause" dc SET "priority" = c."priority" FROM "Clause" c WHERE c."id" = dc."clauseId";

