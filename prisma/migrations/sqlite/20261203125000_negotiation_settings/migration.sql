-- A negotiation's reader settings: the comparison shown first, and the metrics of its key-figures chart.
-- AlterTable
ALTER TABLE "Metric" ADD COLUMN "chartOrder" INTEGER;

-- AlterTable
ALTER TABLE "Negotiation" ADD COLUMN "compareFromId" TEXT;
ALTER TABLE "Negotiation" ADD COLUMN "compareToId" TEXT;

