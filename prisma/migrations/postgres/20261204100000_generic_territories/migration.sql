-- Territories become generic (issue: many negotiations). A territory gets a stable id (the old
-- ISO code, so every reference keeps its value), a code unique within its negotiation (any ISO
-- 3166-1/-2 code or an editor's area id), names by language (the old English and Ukrainian
-- names), a free-text kind, and control as "extent and share under the control of <actor>".
-- Until now the share was, by its column's name, Russia's: it is attributed to the first case's
-- actor for Moscow when that actor exists. Claim kinds get words that fit any negotiation.
-- Columns are renamed, not dropped and added, so no value is lost; the tables keep their
-- content-version triggers.

-- Claim kinds
ALTER TYPE "TerritoryClaimKind" RENAME VALUE 'frozen_on_contact_line' TO 'frozen_on_line';
ALTER TYPE "TerritoryClaimKind" RENAME VALUE 'ukrainian_withdrawal' TO 'withdrawal';
ALTER TYPE "TerritoryClaimKind" RENAME VALUE 'remains_ukrainian' TO 'remains_with_holder';
ALTER TYPE "TerritoryClaimKind" ADD VALUE 'international_administration';
ALTER TYPE "TerritoryClaimKind" ADD VALUE 'security_perimeter';

-- The territory's key: the old code becomes its id, and a code column of its own
ALTER TABLE "Territory" RENAME COLUMN "code" TO "id";
ALTER TABLE "Territory" ADD COLUMN "code" TEXT;
UPDATE "Territory" SET "code" = "id";
ALTER TABLE "Territory" ALTER COLUMN "code" SET NOT NULL;
DROP INDEX "Territory_negotiationId_idx";
CREATE UNIQUE INDEX "Territory_negotiationId_code_key" ON "Territory"("negotiationId", "code");

-- Names by language
ALTER TABLE "Territory" ADD COLUMN "names" JSONB;
UPDATE "Territory" SET "names" = jsonb_build_object('en', "nameEn", 'uk', "nameUk");
ALTER TABLE "Territory" ALTER COLUMN "names" SET NOT NULL;
ALTER TABLE "Territory" DROP COLUMN "nameEn", DROP COLUMN "nameUk";

-- A free-text kind
ALTER TABLE "Territory" ALTER COLUMN "kind" TYPE TEXT USING "kind"::text;
DROP TYPE "TerritoryKind";

-- Control under a named actor
CREATE TYPE "ControlExtent" AS ENUM ('none', 'partial', 'full');
ALTER TABLE "Territory" ADD COLUMN "controlledById" TEXT, ADD COLUMN "controlExtent" "ControlExtent";
UPDATE "Territory" SET
  "controlledById" = (SELECT "id" FROM "Actor" WHERE "id" = 'moscow'),
  "controlExtent" = (CASE "controlStatus"::text WHEN 'ukrainian_control' THEN 'none' WHEN 'partially_occupied' THEN 'partial' WHEN 'occupied' THEN 'full' END)::"ControlExtent";
ALTER TABLE "Territory" DROP COLUMN "controlStatus";
DROP TYPE "ControlStatus";
ALTER TABLE "Territory" RENAME COLUMN "russianControlPct" TO "controlSharePct";
CREATE INDEX "Territory_controlledById_idx" ON "Territory"("controlledById");
ALTER TABLE "Territory" ADD CONSTRAINT "Territory_controlledById_fkey" FOREIGN KEY ("controlledById") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Claims and citations point at the territory's id (same values as before)
ALTER TABLE "TerritoryClaim" RENAME COLUMN "territoryCode" TO "territoryId";
ALTER TABLE "TerritoryClaim" RENAME CONSTRAINT "TerritoryClaim_territoryCode_fkey" TO "TerritoryClaim_territoryId_fkey";
ALTER INDEX "TerritoryClaim_territoryCode_idx" RENAME TO "TerritoryClaim_territoryId_idx";
ALTER TABLE "Citation" RENAME COLUMN "territoryCode" TO "territoryId";
ALTER TABLE "Citation" RENAME CONSTRAINT "Citation_territoryCode_fkey" TO "Citation_territoryId_fkey";
ALTER INDEX "Citation_territoryCode_idx" RENAME TO "Citation_territoryId_idx";
