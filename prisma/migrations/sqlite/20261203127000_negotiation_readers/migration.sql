-- Negotiations restricted to named readers.
-- Written by hand as ADD COLUMN (Prisma's diff would rebuild the table, and with it drop the
-- content-version triggers); the result matches the models, as tests/migrations.test.ts checks.
ALTER TABLE "Negotiation" ADD COLUMN "restricted" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "NegotiationReader" (
    "userId" TEXT NOT NULL,
    "negotiationId" TEXT NOT NULL,

    PRIMARY KEY ("userId", "negotiationId"),
    CONSTRAINT "NegotiationReader_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NegotiationReader_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "NegotiationReader_negotiationId_idx" ON "NegotiationReader"("negotiationId");
