-- Vendors as records (issue 16). Each organisation's free-text vendor names become Vendor rows: one
-- per exact key (dp_vendor_name_key, the rule of lib/domain/vendor-names.ts), every deal pointing at
-- its vendor, and the deal's text set to the vendor's name. Near-duplicates ("Acme AI" / "Acme AI
-- Inc.") are not merged here: the app proposes them to an admin (/admin/vendors).

-- The exact key of a vendor name: lib/domain/vendor-names.ts normalizeVendorName, in SQL (a test
-- holds the two to the same results). ASCII upper case lowered with translate() (lower() follows the
-- database's locale), ASCII punctuation as a space, runs of ASCII whitespace as one space, trimmed.
-- Brought in by migration 20261202103000_vendors, which merged the free-text vendor names with it.
CREATE OR REPLACE FUNCTION "dp_vendor_name_key"(name text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT btrim(regexp_replace(regexp_replace(translate(name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'),
    '[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]+', ' ', 'g'), '[\x09-\x0d\x20]+', ' ', 'g'), ' ')
$$;

-- CreateEnum
CREATE TYPE "VendorMergeProposalStatus" AS ENUM ('PENDING', 'DISMISSED');

-- CreateTable
CREATE TABLE "Vendor" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "normalizedName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Vendor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VendorMergeProposal" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "vendorId" TEXT NOT NULL,
    "otherVendorId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "status" "VendorMergeProposalStatus" NOT NULL DEFAULT 'PENDING',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VendorMergeProposal_pkey" PRIMARY KEY ("id"),
    -- One row per unordered pair: the smaller id first.
    CONSTRAINT "VendorMergeProposal_ordered_pair" CHECK ("vendorId" < "otherVendorId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Vendor_organizationId_normalizedName_key" ON "Vendor"("organizationId", "normalizedName");

-- CreateIndex
CREATE INDEX "VendorMergeProposal_organizationId_status_idx" ON "VendorMergeProposal"("organizationId", "status");

-- CreateIndex
CREATE INDEX "VendorMergeProposal_otherVendorId_idx" ON "VendorMergeProposal"("otherVendorId");

-- CreateIndex
CREATE UNIQUE INDEX "VendorMergeProposal_vendorId_otherVendorId_key" ON "VendorMergeProposal"("vendorId", "otherVendorId");

-- AddForeignKey
ALTER TABLE "Vendor" ADD CONSTRAINT "Vendor_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VendorMergeProposal" ADD CONSTRAINT "VendorMergeProposal_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VendorMergeProposal" ADD CONSTRAINT "VendorMergeProposal_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VendorMergeProposal" ADD CONSTRAINT "VendorMergeProposal_otherVendorId_fkey" FOREIGN KEY ("otherVendorId") REFERENCES "Vendor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VendorMergeProposal" ADD CONSTRAINT "VendorMergeProposal_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Backfill. One vendor per (organisation, exact key), named after the most used spelling (ties: the
-- earliest deal's); cuid-like ids are not needed, any unique text is a valid id.
ALTER TABLE "Deal" ADD COLUMN "vendorId" TEXT;

INSERT INTO "Vendor" ("id", "organizationId", "name", "normalizedName", "updatedAt")
SELECT 'v' || md5(s."organizationId" || ':' || s.key), s."organizationId", s."vendor", s.key, CURRENT_TIMESTAMP
FROM (
  SELECT DISTINCT ON (c."organizationId", c.key) c."organizationId", c.key, c."vendor"
  FROM (
    SELECT d."organizationId", "dp_vendor_name_key"(d."vendor") AS key, d."vendor", count(*) AS uses, min(d."createdAt") AS first_use
    FROM "Deal" d
    GROUP BY 1, 2, 3
  ) c
  ORDER BY c."organizationId", c.key, c.uses DESC, c.first_use, c."vendor"
) s;

-- Deals whose text changes (another spelling of the same key) move in the portfolio tallies too: the
-- Deal triggers see the new name and move its PitchTally counts.
UPDATE "Deal" d
SET "vendorId" = v."id", "vendor" = v."name"
FROM "Vendor" v
WHERE v."organizationId" = d."organizationId" AND v."normalizedName" = "dp_vendor_name_key"(d."vendor");

ALTER TABLE "Deal" ALTER COLUMN "vendorId" SET NOT NULL;

-- CreateIndex
CREATE INDEX "Deal_organizationId_vendorId_idx" ON "Deal"("organizationId", "vendorId");

-- AddForeignKey
ALTER TABLE "Deal" ADD CONSTRAINT "Deal_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
