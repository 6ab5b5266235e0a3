-- Negotiations restricted to named readers.
-- AlterTable
ALTER TABLE "Negotiation" ADD COLUMN     "restricted" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "NegotiationReader" (
    "userId" TEXT NOT NULL,
    "negotiationId" TEXT NOT NULL,

    CONSTRAINT "NegotiationReader_pkey" PRIMARY KEY ("userId","negotiationId")
);

-- CreateIndex
CREATE INDEX "NegotiationReader_negotiationId_idx" ON "NegotiationReader"("negotiationId");

-- AddForeignKey
ALTER TABLE "NegotiationReader" ADD CONSTRAINT "NegotiationReader_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NegotiationReader" ADD CONSTRAINT "NegotiationReader_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

