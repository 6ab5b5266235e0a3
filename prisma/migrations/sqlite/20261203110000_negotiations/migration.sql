-- Negotiations as records: each draft, issue, territory, briefing, card and metric belongs to one;
-- actors and sources stay shared. Existing records move into the first negotiation.
-- CreateTable
CREATE TABLE "Negotiation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "stage" TEXT NOT NULL DEFAULT 'active',
    "startedOn" DATETIME,
    "endedOn" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "publishedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "_ActorToNegotiation" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_ActorToNegotiation_A_fkey" FOREIGN KEY ("A") REFERENCES "Actor" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_ActorToNegotiation_B_fkey" FOREIGN KEY ("B") REFERENCES "Negotiation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Briefing" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "negotiationId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "publishedAt" DATETIME,
    "marking" TEXT NOT NULL DEFAULT 'UNCLASSIFIED',
    "authors" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Briefing_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Briefing" ("authors", "createdAt", "id", "marking", "publishedAt", "slug", "status", "summary", "title", "updatedAt", "version", "negotiationId") SELECT "authors", "createdAt", "id", "marking", "publishedAt", "slug", "status", "summary", "title", "updatedAt", "version", 'ukraine-2025' FROM "Briefing";
DROP TABLE "Briefing";
ALTER TABLE "new_Briefing" RENAME TO "Briefing";
CREATE UNIQUE INDEX "Briefing_slug_key" ON "Briefing"("slug");
CREATE INDEX "Briefing_status_publishedAt_idx" ON "Briefing"("status", "publishedAt");
CREATE INDEX "Briefing_negotiationId_idx" ON "Briefing"("negotiationId");
CREATE TABLE "new_Card" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "negotiationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "eventDate" DATETIME,
    "importance" INTEGER NOT NULL DEFAULT 3,
    "likelihood" TEXT,
    "confidence" TEXT,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "publishedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Card_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Card" ("body", "confidence", "createdAt", "eventDate", "id", "importance", "kind", "likelihood", "publishedAt", "status", "title", "updatedAt", "version", "negotiationId") SELECT "body", "confidence", "createdAt", "eventDate", "id", "importance", "kind", "likelihood", "publishedAt", "status", "title", "updatedAt", "version", 'ukraine-2025' FROM "Card";
DROP TABLE "Card";
ALTER TABLE "new_Card" RENAME TO "Card";
CREATE INDEX "Card_status_eventDate_idx" ON "Card"("status", "eventDate");
CREATE INDEX "Card_kind_idx" ON "Card"("kind");
CREATE INDEX "Card_negotiationId_idx" ON "Card"("negotiationId");
CREATE TABLE "new_Draft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "negotiationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "origin" TEXT NOT NULL,
    "provenance" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "declaredPointCount" INTEGER,
    "notes" TEXT,
    "revisesId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "publishedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Draft_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Draft_revisesId_fkey" FOREIGN KEY ("revisesId") REFERENCES "Draft" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Draft" ("createdAt", "date", "declaredPointCount", "id", "name", "notes", "origin", "provenance", "publishedAt", "revisesId", "status", "summary", "title", "updatedAt", "version", "negotiationId") SELECT "createdAt", "date", "declaredPointCount", "id", "name", "notes", "origin", "provenance", "publishedAt", "revisesId", "status", "summary", "title", "updatedAt", "version", 'ukraine-2025' FROM "Draft";
DROP TABLE "Draft";
ALTER TABLE "new_Draft" RENAME TO "Draft";
CREATE INDEX "Draft_date_idx" ON "Draft"("date");
CREATE INDEX "Draft_negotiationId_idx" ON "Draft"("negotiationId");
CREATE TABLE "new_Issue" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "negotiationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Issue_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Issue" ("createdAt", "description", "id", "sortOrder", "title", "updatedAt", "version", "negotiationId") SELECT "createdAt", "description", "id", "sortOrder", "title", "updatedAt", "version", 'ukraine-2025' FROM "Issue";
DROP TABLE "Issue";
ALTER TABLE "new_Issue" RENAME TO "Issue";
CREATE INDEX "Issue_negotiationId_idx" ON "Issue"("negotiationId");
CREATE TABLE "new_Metric" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "negotiationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "description" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Metric_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Metric" ("category", "createdAt", "description", "id", "name", "unit", "updatedAt", "version", "negotiationId") SELECT "category", "createdAt", "description", "id", "name", "unit", "updatedAt", "version", 'ukraine-2025' FROM "Metric";
DROP TABLE "Metric";
ALTER TABLE "new_Metric" RENAME TO "Metric";
CREATE INDEX "Metric_negotiationId_idx" ON "Metric"("negotiationId");
CREATE TABLE "new_Territory" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "negotiationId" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameUk" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "controlStatus" TEXT NOT NULL,
    "russianControlPct" REAL,
    "controlAsOf" DATETIME,
    "controlNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Territory_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Territory" ("code", "controlAsOf", "controlNote", "controlStatus", "createdAt", "kind", "nameEn", "nameUk", "russianControlPct", "updatedAt", "version", "negotiationId") SELECT "code", "controlAsOf", "controlNote", "controlStatus", "createdAt", "kind", "nameEn", "nameUk", "russianControlPct", "updatedAt", "version", 'ukraine-2025' FROM "Territory";
DROP TABLE "Territory";
ALTER TABLE "new_Territory" RENAME TO "Territory";
CREATE INDEX "Territory_negotiationId_idx" ON "Territory"("negotiationId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Negotiation_slug_key" ON "Negotiation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "_ActorToNegotiation_AB_unique" ON "_ActorToNegotiation"("A", "B");

-- CreateIndex
CREATE INDEX "_ActorToNegotiation_B_index" ON "_ActorToNegotiation"("B");


-- Content-version triggers: new tables, and the redefined tables (dropping a table drops its triggers).
CREATE TRIGGER "Negotiation_content_insert" AFTER INSERT ON "Negotiation"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Negotiation_content_update" AFTER UPDATE ON "Negotiation"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Negotiation_content_delete" AFTER DELETE ON "Negotiation"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "_ActorToNegotiation_content_insert" AFTER INSERT ON "_ActorToNegotiation"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "_ActorToNegotiation_content_update" AFTER UPDATE ON "_ActorToNegotiation"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "_ActorToNegotiation_content_delete" AFTER DELETE ON "_ActorToNegotiation"
BEGIN
  UPDATE "ContentVersion" SET "value" = "value" + 1 WHERE "id" = 1;
END;

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
