-- AlterTable
ALTER TABLE "Deal" ADD COLUMN     "openLicenceFindings" INTEGER NOT NULL DEFAULT 0;

