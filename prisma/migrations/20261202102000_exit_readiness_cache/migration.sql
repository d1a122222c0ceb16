-- AlterTable
ALTER TABLE "Deal" ADD COLUMN     "escrowFreshnessDays" INTEGER,
ADD COLUMN     "escrowLastDepositOn" DATE,
ADD COLUMN     "exitEscrowCounts" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "exitReadinessBase" INTEGER;

