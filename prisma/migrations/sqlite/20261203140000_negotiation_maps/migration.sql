-- Map geometry per negotiation: an uploaded (or seeded) TopoJSON with its licence and attribution.
-- The foreign key is on this table only; negotiations without a map get a world map at read time.
-- CreateTable
CREATE TABLE "NegotiationMap" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "negotiationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "topology" TEXT NOT NULL,
    "codeProperty" TEXT NOT NULL,
    "nameProperty" TEXT,
    "context" TEXT,
    "licence" TEXT NOT NULL,
    "attribution" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "featureCount" INTEGER NOT NULL,
    "uploadedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uploadedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "NegotiationMap_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "NegotiationMap_negotiationId_key" ON "NegotiationMap"("negotiationId");


-- Content-version triggers (npm run -s db:triggers -- sqlite NegotiationMap)
CREATE TRIGGER "NegotiationMap_content_insert" AFTER INSERT ON "NegotiationMap"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "NegotiationMap_content_update" AFTER UPDATE ON "NegotiationMap"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "NegotiationMap_content_delete" AFTER DELETE ON "NegotiationMap"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;
