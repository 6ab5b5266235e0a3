-- Review before readers see it: drafts, their points and alignments, point reactions,
-- positions, territorial claims and metric values get a publication status. What readers
-- saw before this migration stays published.
ALTER TYPE "DraftStatus" RENAME TO "DraftProvenance";
ALTER TABLE "Draft" RENAME COLUMN "status" TO "provenance";
ALTER TABLE "Draft" ADD COLUMN "status" "PublishStatus" NOT NULL DEFAULT 'draft', ADD COLUMN "publishedAt" TIMESTAMP(3);
UPDATE "Draft" SET "status" = 'published', "publishedAt" = "createdAt";
ALTER TABLE "DraftPoint" ADD COLUMN "status" "PublishStatus" NOT NULL DEFAULT 'draft', ADD COLUMN "publishedAt" TIMESTAMP(3);
UPDATE "DraftPoint" SET "status" = 'published', "publishedAt" = "createdAt";
ALTER TABLE "PointAlignment" ADD COLUMN "status" "PublishStatus" NOT NULL DEFAULT 'draft', ADD COLUMN "publishedAt" TIMESTAMP(3);
UPDATE "PointAlignment" SET "status" = 'published', "publishedAt" = "createdAt";
ALTER TABLE "PointReaction" ADD COLUMN "status" "PublishStatus" NOT NULL DEFAULT 'draft', ADD COLUMN "publishedAt" TIMESTAMP(3);
UPDATE "PointReaction" SET "status" = 'published', "publishedAt" = "createdAt";
ALTER TABLE "Position" ADD COLUMN "status" "PublishStatus" NOT NULL DEFAULT 'draft', ADD COLUMN "publishedAt" TIMESTAMP(3);
UPDATE "Position" SET "status" = 'published', "publishedAt" = "createdAt";
ALTER TABLE "TerritoryClaim" ADD COLUMN "status" "PublishStatus" NOT NULL DEFAULT 'draft', ADD COLUMN "publishedAt" TIMESTAMP(3);
UPDATE "TerritoryClaim" SET "status" = 'published', "publishedAt" = "createdAt";
ALTER TABLE "MetricValue" ADD COLUMN "status" "PublishStatus" NOT NULL DEFAULT 'draft', ADD COLUMN "publishedAt" TIMESTAMP(3);
UPDATE "MetricValue" SET "status" = 'published', "publishedAt" = "createdAt";

-- DraftPoint.confidence becomes an enum: free text that is not one of its values is cleared.
CREATE TYPE "PointConfidence" AS ENUM ('high', 'medium', 'low');
ALTER TABLE "DraftPoint" ALTER COLUMN "confidence" TYPE "PointConfidence"
  USING (CASE WHEN "confidence" IN ('high', 'medium', 'low') THEN "confidence"::"PointConfidence" END);

-- The audit log names each record as it was titled at the time.
ALTER TABLE "Revision" ADD COLUMN "title" TEXT NOT NULL DEFAULT '';

-- The content version, moved by a trigger on every content table.
CREATE TABLE "ContentVersion" (
    "id" INTEGER NOT NULL,
    "value" BIGINT NOT NULL DEFAULT 0,
    "txid" BIGINT,

    CONSTRAINT "ContentVersion_pkey" PRIMARY KEY ("id")
);
INSERT INTO "ContentVersion" ("id", "value") VALUES (1, 1);

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

CREATE TRIGGER "Briefing_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Briefing"
  FOR EACH STATEMENT EXECUTE FUNCTION parley_bump_content_version();
CREATE TRIGGER "BriefingCard_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "BriefingCard"
  FOR EACH STATEMENT EXECUTE FUNCTION parley_bump_content_version();
CREATE TRIGGER "Tag_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Tag"
  FOR EACH STATEMENT EXECUTE FUNCTION parley_bump_content_version();
CREATE TRIGGER "Card_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Card"
  FOR EACH STATEMENT EXECUTE FUNCTION parley_bump_content_version();
CREATE TRIGGER "Draft_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Draft"
  FOR EACH STATEMENT EXECUTE FUNCTION parley_bump_content_version();
CREATE TRIGGER "DraftPoint_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "DraftPoint"
  FOR EACH STATEMENT EXECUTE FUNCTION parley_bump_content_version();
CREATE TRIGGER "PointAlignment_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PointAlignment"
  FOR EACH STATEMENT EXECUTE FUNCTION parley_bump_content_version();
CREATE TRIGGER "PointReaction_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PointReaction"
  FOR EACH STATEMENT EXECUTE FUNCTION parley_bump_content_version();
CREATE TRIGGER "Actor_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Actor"
  FOR EACH STATEMENT EXECUTE FUNCTION parley_bump_content_version();
CREATE TRIGGER "Issue_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Issue"
  FOR EACH STATEMENT EXECUTE FUNCTION parley_bump_content_version();
CREATE TRIGGER "Position_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Position"
  FOR EACH STATEMENT EXECUTE FUNCTION parley_bump_content_version();
CREATE TRIGGER "Source_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Source"
  FOR EACH STATEMENT EXECUTE FUNCTION parley_bump_content_version();
CREATE TRIGGER "Citation_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Citation"
  FOR EACH STATEMENT EXECUTE FUNCTION parley_bump_content_version();
CREATE TRIGGER "Metric_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Metric"
  FOR EACH STATEMENT EXECUTE FUNCTION parley_bump_content_version();
CREATE TRIGGER "MetricValue_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "MetricValue"
  FOR EACH STATEMENT EXECUTE FUNCTION parley_bump_content_version();
CREATE TRIGGER "Territory_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Territory"
  FOR EACH STATEMENT EXECUTE FUNCTION parley_bump_content_version();
CREATE TRIGGER "TerritoryClaim_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "TerritoryClaim"
  FOR EACH STATEMENT EXECUTE FUNCTION parley_bump_content_version();
CREATE TRIGGER "_CardToTag_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "_CardToTag"
  FOR EACH STATEMENT EXECUTE FUNCTION parley_bump_content_version();
CREATE TRIGGER "_CardToIssue_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "_CardToIssue"
  FOR EACH STATEMENT EXECUTE FUNCTION parley_bump_content_version();
CREATE TRIGGER "_CardToTerritory_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "_CardToTerritory"
  FOR EACH STATEMENT EXECUTE FUNCTION parley_bump_content_version();
CREATE TRIGGER "_CardToDraftPoint_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "_CardToDraftPoint"
  FOR EACH STATEMENT EXECUTE FUNCTION parley_bump_content_version();
CREATE TRIGGER "_DraftPointToIssue_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "_DraftPointToIssue"
  FOR EACH STATEMENT EXECUTE FUNCTION parley_bump_content_version();
CREATE TRIGGER "_ActorToCard_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "_ActorToCard"
  FOR EACH STATEMENT EXECUTE FUNCTION parley_bump_content_version();
