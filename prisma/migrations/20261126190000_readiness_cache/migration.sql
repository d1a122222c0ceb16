-- AlterTable
ALTER TABLE "Deal" ADD COLUMN     "blockerCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lockInExposed" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "readinessReady" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "readinessScore" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "scenariosCoveredMask" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Deal_organizationId_readinessScore_idx" ON "Deal"("organizationId", "readinessScore");

