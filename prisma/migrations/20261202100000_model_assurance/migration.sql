-- CreateEnum
CREATE TYPE "UseCaseCategory" AS ENUM ('UNSPECIFIED', 'GENERAL_BUSINESS', 'CUSTOMER_FACING', 'SOFTWARE_DEVELOPMENT', 'HEALTHCARE', 'FINANCIAL_DECISIONS', 'EMPLOYMENT_DECISIONS', 'LEGAL_ADVICE', 'CRITICAL_INFRASTRUCTURE', 'SURVEILLANCE_BIOMETRICS', 'MILITARY_DEFENCE', 'MODEL_DEVELOPMENT');

-- CreateEnum
CREATE TYPE "DeliverableKind" AS ENUM ('WEIGHTS', 'ADAPTER', 'TOKENIZER', 'CONFIGURATION', 'INFERENCE_CODE', 'TRAINING_CODE', 'DATASET', 'EVALUATION_SET', 'EVALUATION_REPORT', 'MODEL_CARD', 'OTHER');

-- CreateEnum
CREATE TYPE "VerificationMethod" AS ENUM ('HASH_MATCH', 'MODEL_LOADED', 'EVALUATION_REPRODUCED');

-- CreateEnum
CREATE TYPE "EscrowReleaseTrigger" AS ENUM ('INSOLVENCY', 'CEASES_BUSINESS', 'FAILURE_TO_SUPPORT', 'CHANGE_OF_CONTROL', 'MATERIAL_BREACH', 'END_OF_LIFE');

-- AlterTable
ALTER TABLE "Deal" ADD COLUMN     "baseModelLicenceKey" TEXT,
ADD COLUMN     "expectedMonthlyUsers" INTEGER,
ADD COLUMN     "useCaseCategory" "UseCaseCategory" NOT NULL DEFAULT 'UNSPECIFIED';

-- CreateTable
CREATE TABLE "LicenceFindingAcceptance" (
    "id" TEXT NOT NULL,
    "dealId" TEXT NOT NULL,
    "findingKey" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,
    "acceptedById" TEXT NOT NULL,
    "ownerId" TEXT,
    "reviewOn" DATE,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LicenceFindingAcceptance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Deliverable" (
    "id" TEXT NOT NULL,
    "dealId" TEXT NOT NULL,
    "kind" "DeliverableKind" NOT NULL,
    "name" TEXT NOT NULL,
    "format" TEXT NOT NULL DEFAULT '',
    "milestone" TEXT NOT NULL DEFAULT '',
    "dueOn" DATE,
    "expectedPath" TEXT NOT NULL DEFAULT '',
    "expectedSha256" CHAR(64),
    "deliveredFileName" TEXT,
    "deliveredSizeBytes" BIGINT,
    "deliveredSha256" CHAR(64),
    "deliveredAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Deliverable_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeliverableVerification" (
    "id" TEXT NOT NULL,
    "deliverableId" TEXT NOT NULL,
    "method" "VerificationMethod" NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "sha256" CHAR(64),
    "note" TEXT NOT NULL DEFAULT '',
    "verifiedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeliverableVerification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ManifestImport" (
    "id" TEXT NOT NULL,
    "dealId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "manifestSha256" CHAR(64) NOT NULL,
    "files" JSONB NOT NULL,
    "comparison" JSONB NOT NULL,
    "importedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ManifestImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EscrowArrangement" (
    "id" TEXT NOT NULL,
    "dealId" TEXT NOT NULL,
    "agent" TEXT NOT NULL,
    "freshnessDays" INTEGER NOT NULL,
    "releaseTriggers" "EscrowReleaseTrigger"[],
    "notes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EscrowArrangement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EscrowDeposit" (
    "id" TEXT NOT NULL,
    "dealId" TEXT NOT NULL,
    "depositedOn" DATE NOT NULL,
    "manifestSha256" CHAR(64) NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EscrowDeposit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LicenceFindingAcceptance_dealId_idx" ON "LicenceFindingAcceptance"("dealId");

-- CreateIndex
CREATE INDEX "Deliverable_dealId_idx" ON "Deliverable"("dealId");

-- CreateIndex
CREATE INDEX "DeliverableVerification_deliverableId_createdAt_idx" ON "DeliverableVerification"("deliverableId", "createdAt");

-- CreateIndex
CREATE INDEX "ManifestImport_dealId_createdAt_idx" ON "ManifestImport"("dealId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "EscrowArrangement_dealId_key" ON "EscrowArrangement"("dealId");

-- CreateIndex
CREATE INDEX "EscrowDeposit_dealId_depositedOn_idx" ON "EscrowDeposit"("dealId", "depositedOn");

-- AddForeignKey
ALTER TABLE "LicenceFindingAcceptance" ADD CONSTRAINT "LicenceFindingAcceptance_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenceFindingAcceptance" ADD CONSTRAINT "LicenceFindingAcceptance_acceptedById_fkey" FOREIGN KEY ("acceptedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenceFindingAcceptance" ADD CONSTRAINT "LicenceFindingAcceptance_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deliverable" ADD CONSTRAINT "Deliverable_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliverableVerification" ADD CONSTRAINT "DeliverableVerification_deliverableId_fkey" FOREIGN KEY ("deliverableId") REFERENCES "Deliverable"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliverableVerification" ADD CONSTRAINT "DeliverableVerification_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManifestImport" ADD CONSTRAINT "ManifestImport_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManifestImport" ADD CONSTRAINT "ManifestImport_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EscrowArrangement" ADD CONSTRAINT "EscrowArrangement_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EscrowDeposit" ADD CONSTRAINT "EscrowDeposit_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EscrowDeposit" ADD CONSTRAINT "EscrowDeposit_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- One standing acceptance per finding of a deal (revoked ones are history).
CREATE UNIQUE INDEX "LicenceFindingAcceptance_one_active" ON "LicenceFindingAcceptance"("dealId", "findingKey") WHERE "revokedAt" IS NULL;

-- Hashes are lower-case hex.
ALTER TABLE "Deliverable" ADD CONSTRAINT "Deliverable_expectedSha256_hex" CHECK ("expectedSha256" ~ '^[0-9a-f]{64}$');
ALTER TABLE "Deliverable" ADD CONSTRAINT "Deliverable_deliveredSha256_hex" CHECK ("deliveredSha256" ~ '^[0-9a-f]{64}$');
ALTER TABLE "DeliverableVerification" ADD CONSTRAINT "DeliverableVerification_sha256_hex" CHECK ("sha256" ~ '^[0-9a-f]{64}$');
ALTER TABLE "ManifestImport" ADD CONSTRAINT "ManifestImport_manifestSha256_hex" CHECK ("manifestSha256" ~ '^[0-9a-f]{64}$');
ALTER TABLE "EscrowDeposit" ADD CONSTRAINT "EscrowDeposit_manifestSha256_hex" CHECK ("manifestSha256" ~ '^[0-9a-f]{64}$');
ALTER TABLE "Deal" ADD CONSTRAINT "Deal_expectedMonthlyUsers_nonnegative" CHECK ("expectedMonthlyUsers" >= 0);
ALTER TABLE "EscrowArrangement" ADD CONSTRAINT "EscrowArrangement_freshnessDays_positive" CHECK ("freshnessDays" > 0);
