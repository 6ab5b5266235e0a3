-- Review before readers see it: drafts, their points and alignments, point reactions,
-- positions, territorial claims and metric values get a publication status. What readers
-- saw before this migration stays published.
ALTER TABLE "Draft" RENAME COLUMN "status" TO "provenance";
ALTER TABLE "Draft" ADD COLUMN "status" TEXT NOT NULL DEFAULT 'draft';
ALTER TABLE "Draft" ADD COLUMN "publishedAt" DATETIME;
UPDATE "Draft" SET "status" = 'published', "publishedAt" = "createdAt";
ALTER TABLE "DraftPoint" ADD COLUMN "status" TEXT NOT NULL DEFAULT 'draft';
ALTER TABLE "DraftPoint" ADD COLUMN "publishedAt" DATETIME;
UPDATE "DraftPoint" SET "status" = 'published', "publishedAt" = "createdAt";
ALTER TABLE "PointAlignment" ADD COLUMN "status" TEXT NOT NULL DEFAULT 'draft';
ALTER TABLE "PointAlignment" ADD COLUMN "publishedAt" DATETIME;
UPDATE "PointAlignment" SET "status" = 'published', "publishedAt" = "createdAt";
ALTER TABLE "PointReaction" ADD COLUMN "status" TEXT NOT NULL DEFAULT 'draft';
ALTER TABLE "PointReaction" ADD COLUMN "publishedAt" DATETIME;
UPDATE "PointReaction" SET "status" = 'published', "publishedAt" = "createdAt";
ALTER TABLE "Position" ADD COLUMN "status" TEXT NOT NULL DEFAULT 'draft';
ALTER TABLE "Position" ADD COLUMN "publishedAt" DATETIME;
UPDATE "Position" SET "status" = 'published', "publishedAt" = "createdAt";
ALTER TABLE "TerritoryClaim" ADD COLUMN "status" TEXT NOT NULL DEFAULT 'draft';
ALTER TABLE "TerritoryClaim" ADD COLUMN "publishedAt" DATETIME;
UPDATE "TerritoryClaim" SET "status" = 'published', "publishedAt" = "createdAt";
ALTER TABLE "MetricValue" ADD COLUMN "status" TEXT NOT NULL DEFAULT 'draft';
ALTER TABLE "MetricValue" ADD COLUMN "publishedAt" DATETIME;
UPDATE "MetricValue" SET "status" = 'published', "publishedAt" = "createdAt";

-- DraftPoint.confidence becomes the PointConfidence enum (TEXT on SQLite): free text that is
-- not one of its values is cleared.
UPDATE "DraftPoint" SET "confidence" = NULL WHERE "confidence" NOT IN ('high', 'medium', 'low');

-- The audit log names each record as it was titled at the time.
ALTER TABLE "Revision" ADD COLUMN "title" TEXT NOT NULL DEFAULT '';

-- The content version, moved by a trigger on every content table.
CREATE TABLE "ContentVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "value" BIGINT NOT NULL DEFAULT 0,
    "txid" BIGINT
);
INSERT INTO "ContentVersion" ("id", "value") VALUES (1, 1);

CREATE TRIGGER "Briefing_content_insert" AFTER INSERT ON "Briefing"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Briefing_content_update" AFTER UPDATE ON "Briefing"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Briefing_content_delete" AFTER DELETE ON "Briefing"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "BriefingCard_content_insert" AFTER INSERT ON "BriefingCard"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "BriefingCard_content_update" AFTER UPDATE ON "BriefingCard"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "BriefingCard_content_delete" AFTER DELETE ON "BriefingCard"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Tag_content_insert" AFTER INSERT ON "Tag"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Tag_content_update" AFTER UPDATE ON "Tag"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Tag_content_delete" AFTER DELETE ON "Tag"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Card_content_insert" AFTER INSERT ON "Card"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Card_content_update" AFTER UPDATE ON "Card"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Card_content_delete" AFTER DELETE ON "Card"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Draft_content_insert" AFTER INSERT ON "Draft"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Draft_content_update" AFTER UPDATE ON "Draft"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Draft_content_delete" AFTER DELETE ON "Draft"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "DraftPoint_content_insert" AFTER INSERT ON "DraftPoint"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "DraftPoint_content_update" AFTER UPDATE ON "DraftPoint"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "DraftPoint_content_delete" AFTER DELETE ON "DraftPoint"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "PointAlignment_content_insert" AFTER INSERT ON "PointAlignment"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "PointAlignment_content_update" AFTER UPDATE ON "PointAlignment"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "PointAlignment_content_delete" AFTER DELETE ON "PointAlignment"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "PointReaction_content_insert" AFTER INSERT ON "PointReaction"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "PointReaction_content_update" AFTER UPDATE ON "PointReaction"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "PointReaction_content_delete" AFTER DELETE ON "PointReaction"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Actor_content_insert" AFTER INSERT ON "Actor"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Actor_content_update" AFTER UPDATE ON "Actor"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Actor_content_delete" AFTER DELETE ON "Actor"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Issue_content_insert" AFTER INSERT ON "Issue"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Issue_content_update" AFTER UPDATE ON "Issue"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Issue_content_delete" AFTER DELETE ON "Issue"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Position_content_insert" AFTER INSERT ON "Position"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Position_content_update" AFTER UPDATE ON "Position"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Position_content_delete" AFTER DELETE ON "Position"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Source_content_insert" AFTER INSERT ON "Source"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Source_content_update" AFTER UPDATE ON "Source"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Source_content_delete" AFTER DELETE ON "Source"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Citation_content_insert" AFTER INSERT ON "Citation"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Citation_content_update" AFTER UPDATE ON "Citation"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Citation_content_delete" AFTER DELETE ON "Citation"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Metric_content_insert" AFTER INSERT ON "Metric"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Metric_content_update" AFTER UPDATE ON "Metric"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Metric_content_delete" AFTER DELETE ON "Metric"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "MetricValue_content_insert" AFTER INSERT ON "MetricValue"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "MetricValue_content_update" AFTER UPDATE ON "MetricValue"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "MetricValue_content_delete" AFTER DELETE ON "MetricValue"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Territory_content_insert" AFTER INSERT ON "Territory"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Territory_content_update" AFTER UPDATE ON "Territory"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Territory_content_delete" AFTER DELETE ON "Territory"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "TerritoryClaim_content_insert" AFTER INSERT ON "TerritoryClaim"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "TerritoryClaim_content_update" AFTER UPDATE ON "TerritoryClaim"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "TerritoryClaim_content_delete" AFTER DELETE ON "TerritoryClaim"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "_CardToTag_content_insert" AFTER INSERT ON "_CardToTag"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "_CardToTag_content_update" AFTER UPDATE ON "_CardToTag"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "_CardToTag_content_delete" AFTER DELETE ON "_CardToTag"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "_CardToIssue_content_insert" AFTER INSERT ON "_CardToIssue"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "_CardToIssue_content_update" AFTER UPDATE ON "_CardToIssue"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "_CardToIssue_content_delete" AFTER DELETE ON "_CardToIssue"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "_CardToTerritory_content_insert" AFTER INSERT ON "_CardToTerritory"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "_CardToTerritory_content_update" AFTER UPDATE ON "_CardToTerritory"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "_CardToTerritory_content_delete" AFTER DELETE ON "_CardToTerritory"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "_CardToDraftPoint_content_insert" AFTER INSERT ON "_CardToDraftPoint"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "_CardToDraftPoint_content_update" AFTER UPDATE ON "_CardToDraftPoint"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "_CardToDraftPoint_content_delete" AFTER DELETE ON "_CardToDraftPoint"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "_DraftPointToIssue_content_insert" AFTER INSERT ON "_DraftPointToIssue"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "_DraftPointToIssue_content_update" AFTER UPDATE ON "_DraftPointToIssue"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "_DraftPointToIssue_content_delete" AFTER DELETE ON "_DraftPointToIssue"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "_ActorToCard_content_insert" AFTER INSERT ON "_ActorToCard"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "_ActorToCard_content_update" AFTER UPDATE ON "_ActorToCard"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "_ActorToCard_content_delete" AFTER DELETE ON "_ActorToCard"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;
