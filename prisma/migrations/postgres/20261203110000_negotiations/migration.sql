-- Negotiations as records: each draft, issue, territory, briefing, card and metric belongs to one;
-- actors and sources stay shared. Existing records move into the first negotiation.
-- CreateEnum
CREATE TYPE "NegotiationStage" AS ENUM ('active', 'stalled', 'concluded');

-- AlterTable
ALTER TABLE "Briefing" ADD COLUMN     "negotiationId" TEXT;

-- AlterTable
ALTER TABLE "Card" ADD COLUMN     "negotiationId" TEXT;

-- AlterTable
ALTER TABLE "Draft" ADD COLUMN     "negotiationId" TEXT;

-- AlterTable
ALTER TABLE "Issue" ADD COLUMN     "negotiationId" TEXT;

-- AlterTable
ALTER TABLE "Metric" ADD COLUMN     "negotiationId" TEXT;

-- AlterTable
ALTER TABLE "Territory" ADD COLUMN     "negotiationId" TEXT;

-- CreateTable
CREATE TABLE "Negotiation" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "stage" "NegotiationStage" NOT NULL DEFAULT 'active',
    "startedOn" TIMESTAMP(3),
    "endedOn" TIMESTAMP(3),
    "status" "PublishStatus" NOT NULL DEFAULT 'draft',
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Negotiation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_ActorToNegotiation" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ActorToNegotiation_AB_pkey" PRIMARY KEY ("A","B")
);

-- The first negotiation, for databases that already hold the first case's records: every
-- draft, issue, territory, briefing, card and metric moves into it. An empty database (a new
-- installation) gets no row here; its seed brings the negotiations.
INSERT INTO "Negotiation" ("id", "slug", "title", "summary", "stage", "status", "publishedAt", "updatedAt")
SELECT 'ukraine-2025', 'ukraine-2025', 'US-brokered Russia–Ukraine talks, 2025',
       'The US-brokered talks of late 2025 between Russia and Ukraine: the 28-point plan and its revisions, Moscow''s demands and the territorial questions.',
       'active', 'published', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
WHERE EXISTS (SELECT 1 FROM "Draft") OR EXISTS (SELECT 1 FROM "Issue") OR EXISTS (SELECT 1 FROM "Territory")
   OR EXISTS (SELECT 1 FROM "Briefing") OR EXISTS (SELECT 1 FROM "Card") OR EXISTS (SELECT 1 FROM "Metric");

UPDATE "Briefing" SET "negotiationId" = 'ukraine-2025';
ALTER TABLE "Briefing" ALTER COLUMN "negotiationId" SET NOT NULL;
UPDATE "Card" SET "negotiationId" = 'ukraine-2025';
ALTER TABLE "Card" ALTER COLUMN "negotiationId" SET NOT NULL;
UPDATE "Draft" SET "negotiationId" = 'ukraine-2025';
ALTER TABLE "Draft" ALTER COLUMN "negotiationId" SET NOT NULL;
UPDATE "Issue" SET "negotiationId" = 'ukraine-2025';
ALTER TABLE "Issue" ALTER COLUMN "negotiationId" SET NOT NULL;
UPDATE "Metric" SET "negotiationId" = 'ukraine-2025';
ALTER TABLE "Metric" ALTER COLUMN "negotiationId" SET NOT NULL;
UPDATE "Territory" SET "negotiationId" = 'ukraine-2025';
ALTER TABLE "Territory" ALTER COLUMN "negotiationId" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Negotiation_slug_key" ON "Negotiation"("slug");

-- CreateIndex
CREATE INDEX "_ActorToNegotiation_B_index" ON "_ActorToNegotiation"("B");

-- CreateIndex
CREATE INDEX "Briefing_negotiationId_idx" ON "Briefing"("negotiationId");

-- CreateIndex
CREATE INDEX "Card_negotiationId_idx" ON "Card"("negotiationId");

-- CreateIndex
CREATE INDEX "Draft_negotiationId_idx" ON "Draft"("negotiationId");

-- CreateIndex
CREATE INDEX "Issue_negotiationId_idx" ON "Issue"("negotiationId");

-- CreateIndex
CREATE INDEX "Metric_negotiationId_idx" ON "Metric"("negotiationId");

-- CreateIndex
CREATE INDEX "Territory_negotiationId_idx" ON "Territory"("negotiationId");

-- AddForeignKey
ALTER TABLE "Briefing" ADD CONSTRAINT "Briefing_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Card" ADD CONSTRAINT "Card_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Draft" ADD CONSTRAINT "Draft_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Issue" ADD CONSTRAINT "Issue_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Metric" ADD CONSTRAINT "Metric_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Territory" ADD CONSTRAINT "Territory_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ActorToNegotiation" ADD CONSTRAINT "_ActorToNegotiation_A_fkey" FOREIGN KEY ("A") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ActorToNegotiation" ADD CONSTRAINT "_ActorToNegotiation_B_fkey" FOREIGN KEY ("B") REFERENCES "Negotiation"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Content-version triggers of the new tables.
CREATE OR REPLACE FUNCTION parley_bump_content_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  moved BIGINT;
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1, "txid" = txid_current()
    WHERE "id" = 1 AND "txid" IS DISTINCT FROM txid_current()
    RETURNING "value" INTO moved;
  IF moved IS NOT NULL THEN
    PERFORM pg_notify('parley_content', moved::text);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Negotiation_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Negotiation"
  FOR EACH STATEMENT EXECUTE FUNCTION parley_bump_content_version();
CREATE TRIGGER "_ActorToNegotiation_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "_ActorToNegotiation"
  FOR EACH STATEMENT EXECUTE FUNCTION parley_bump_content_version();
