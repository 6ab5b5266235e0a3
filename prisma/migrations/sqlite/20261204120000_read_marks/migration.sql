-- Readers' read marks ("since you last read"): account data, not content, so no content-version trigger.
-- CreateTable
CREATE TABLE "ReadMark" (
    "userId" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "readAt" DATETIME NOT NULL,

    PRIMARY KEY ("userId", "scope"),
    CONSTRAINT "ReadMark_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

