-- A negotiation cites its sources too (its summary's facts). The rebuilt table gets its
-- content-version triggers again at the end (lib/freshness/triggers.ts).

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
    "negotiationId" TEXT,
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
    CONSTRAINT "Citation_metricValueId_fkey" FOREIGN KEY ("metricValueId") REFERENCES "MetricValue" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Citation" ("actorId", "alignmentId", "cardId", "draftId", "draftPointId", "id", "locator", "metricValueId", "pointReactionId", "positionId", "sortOrder", "sourceId", "territoryClaimId", "territoryId") SELECT "actorId", "alignmentId", "cardId", "draftId", "draftPointId", "id", "locator", "metricValueId", "pointReactionId", "positionId", "sortOrder", "sourceId", "territoryClaimId", "territoryId" FROM "Citation";
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
CREATE INDEX "Citation_negotiationId_idx" ON "Citation"("negotiationId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Content-version triggers of the rebuilt table
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
