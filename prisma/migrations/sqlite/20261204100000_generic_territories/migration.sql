-- Territories become generic (issue: many negotiations). A territory gets a stable id (the old
-- ISO code, so every reference keeps its value), a code unique within its negotiation (any ISO
-- 3166-1/-2 code or an editor's area id), names by language (the old English and Ukrainian
-- names), a free-text kind, and control as "extent and share under the control of <actor>".
-- Until now the share was, by its column's name, Russia's: it is attributed to the first case's
-- actor for Moscow when that actor exists. Claim kinds get words that fit any negotiation.
-- The redefined tables lose their content-version triggers with them: they are created again
-- at the end (lib/freshness/triggers.ts).

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Citation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceId" TEXT NOT NULL,
    "locator" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "cardId" TEXT,
    "actorId" TEXT,
    "positionId" TEXT,
    "pointReactionId" TEXT,
    "draftId" TEXT,
    "draftPointId" TEXT,
    "alignmentId" TEXT,
    "territoryId" TEXT,
    "territoryClaimId" TEXT,
    "metricValueId" TEXT,
    CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Citation_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_pointReactionId_fkey" FOREIGN KEY ("pointReactionId") REFERENCES "PointReaction" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_draftPointId_fkey" FOREIGN KEY ("draftPointId") REFERENCES "DraftPoint" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_alignmentId_fkey" FOREIGN KEY ("alignmentId") REFERENCES "PointAlignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_territoryClaimId_fkey" FOREIGN KEY ("territoryClaimId") REFERENCES "TerritoryClaim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_metricValueId_fkey" FOREIGN KEY ("metricValueId") REFERENCES "MetricValue" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Citation" ("actorId", "alignmentId", "cardId", "draftId", "draftPointId", "id", "locator", "metricValueId", "pointReactionId", "positionId", "sortOrder", "sourceId", "territoryId", "territoryClaimId") SELECT "actorId", "alignmentId", "cardId", "draftId", "draftPointId", "id", "locator", "metricValueId", "pointReactionId", "positionId", "sortOrder", "sourceId", "territoryCode", "territoryClaimId" FROM "Citation";
DROP TABLE "Citation";
ALTER TABLE "new_Citation" RENAME TO "Citation";
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");
CREATE INDEX "Citation_cardId_idx" ON "Citation"("cardId");
CREATE INDEX "Citation_actorId_idx" ON "Citation"("actorId");
CREATE INDEX "Citation_positionId_idx" ON "Citation"("positionId");
CREATE INDEX "Citation_pointReactionId_idx" ON "Citation"("pointReactionId");
CREATE INDEX "Citation_draftId_idx" ON "Citation"("draftId");
CREATE INDEX "Citation_draftPointId_idx" ON "Citation"("draftPointId");
CREATE INDEX "Citation_alignmentId_idx" ON "Citation"("alignmentId");
CREATE INDEX "Citation_territoryId_idx" ON "Citation"("territoryId");
CREATE INDEX "Citation_territoryClaimId_idx" ON "Citation"("territoryClaimId");
CREATE INDEX "Citation_metricValueId_idx" ON "Citation"("metricValueId");
CREATE TABLE "new_Territory" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "negotiationId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "names" JSONB NOT NULL,
    "kind" TEXT NOT NULL,
    "controlledById" TEXT,
    "controlExtent" TEXT,
    "controlSharePct" REAL,
    "controlAsOf" DATETIME,
    "controlNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Territory_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Territory_controlledById_fkey" FOREIGN KEY ("controlledById") REFERENCES "Actor" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Territory" ("id", "code", "names", "kind", "controlledById", "controlExtent", "controlSharePct", "controlAsOf", "controlNote", "createdAt", "negotiationId", "updatedAt", "version")
SELECT "code", "code", json_object('en', "nameEn", 'uk', "nameUk"), "kind",
  (SELECT "id" FROM "Actor" WHERE "id" = 'moscow'),
  CASE "controlStatus" WHEN 'ukrainian_control' THEN 'none' WHEN 'partially_occupied' THEN 'partial' WHEN 'occupied' THEN 'full' END,
  "russianControlPct", "controlAsOf", "controlNote", "createdAt", "negotiationId", "updatedAt", "version"
FROM "Territory";
DROP TABLE "Territory";
ALTER TABLE "new_Territory" RENAME TO "Territory";
CREATE INDEX "Territory_controlledById_idx" ON "Territory"("controlledById");
CREATE UNIQUE INDEX "Territory_negotiationId_code_key" ON "Territory"("negotiationId", "code");
CREATE TABLE "new_TerritoryClaim" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "territoryId" TEXT NOT NULL,
    "actorId" TEXT,
    "draftId" TEXT,
    "claim" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "statedAt" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "publishedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TerritoryClaim_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TerritoryClaim_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TerritoryClaim_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_TerritoryClaim" ("territoryId", "actorId", "claim", "createdAt", "draftId", "id", "publishedAt", "statedAt", "status", "summary", "updatedAt", "version")
SELECT "territoryCode", "actorId",
  CASE "claim" WHEN 'frozen_on_contact_line' THEN 'frozen_on_line' WHEN 'ukrainian_withdrawal' THEN 'withdrawal' WHEN 'remains_ukrainian' THEN 'remains_with_holder' ELSE "claim" END,
  "createdAt", "draftId", "id", "publishedAt", "statedAt", "status", "summary", "updatedAt", "version"
FROM "TerritoryClaim";
DROP TABLE "TerritoryClaim";
ALTER TABLE "new_TerritoryClaim" RENAME TO "TerritoryClaim";
CREATE INDEX "TerritoryClaim_territoryId_idx" ON "TerritoryClaim"("territoryId");
CREATE INDEX "TerritoryClaim_actorId_idx" ON "TerritoryClaim"("actorId");
CREATE INDEX "TerritoryClaim_draftId_idx" ON "TerritoryClaim"("draftId");
CREATE TABLE "new__CardToTerritory" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_CardToTerritory_A_fkey" FOREIGN KEY ("A") REFERENCES "Card" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_CardToTerritory_B_fkey" FOREIGN KEY ("B") REFERENCES "Territory" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new__CardToTerritory" ("A", "B") SELECT "A", "B" FROM "_CardToTerritory";
DROP TABLE "_CardToTerritory";
ALTER TABLE "new__CardToTerritory" RENAME TO "_CardToTerritory";
CREATE UNIQUE INDEX "_CardToTerritory_AB_unique" ON "_CardToTerritory"("A", "B");
CREATE INDEX "_CardToTerritory_B_index" ON "_CardToTerritory"("B");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Content-version triggers of the redefined tables
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
