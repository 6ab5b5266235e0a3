-- Readers' read marks ("since you last read"): account data, not content, so no content-version trigger.
-- CreateTable
CREATE TABLE "ReadMark" (
    "userId" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "readAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReadMark_pkey" PRIMARY KEY ("userId","scope")
);

-- AddForeignKey
ALTER TABLE "ReadMark" ADD CONSTRAINT "ReadMark_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

