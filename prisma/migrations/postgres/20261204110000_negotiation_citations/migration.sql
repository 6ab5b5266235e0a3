-- A negotiation cites its sources too (its summary's facts).

-- AlterTable
ALTER TABLE "Citation" ADD COLUMN     "negotiationId" TEXT;

-- CreateIndex
CREATE INDEX "Citation_negotiationId_idx" ON "Citation"("negotiationId");

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

