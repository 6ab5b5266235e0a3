-- The statement a stance on an issue supports or opposes, so "supports" reads unambiguously.
-- AlterTable
ALTER TABLE "Issue" ADD COLUMN "proposition" TEXT;

