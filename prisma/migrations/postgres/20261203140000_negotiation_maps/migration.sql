-- Map geometry per negotiation: an uploaded (or seeded) TopoJSON with its licence and attribution.
-- The foreign key is on this table only; negotiations without a map get a world map at read time.
-- CreateTable
CREATE TABLE "NegotiationMap" (
    "id" TEXT NOT NULL,
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
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uploadedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "NegotiationMap_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "NegotiationMap_negotiationId_key" ON "NegotiationMap"("negotiationId");

-- AddForeignKey
ALTER TABLE "NegotiationMap" ADD CONSTRAINT "NegotiationMap_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Content-version triggers (npm run -s db:triggers -- postgres NegotiationMap)
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

CREATE TRIGGER "NegotiationMap_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "NegotiationMap"
  FOR EACH STATEMENT EXECUTE FUNCTION parley_bump_content_version();
