-- The negotiations an editor may change (none listed: all of them).
-- CreateTable
CREATE TABLE "EditorScope" (
    "userId" TEXT NOT NULL,
    "negotiationId" TEXT NOT NULL,

    CONSTRAINT "EditorScope_pkey" PRIMARY KEY ("userId","negotiationId")
);

-- CreateIndex
CREATE INDEX "EditorScope_negotiationId_idx" ON "EditorScope"("negotiationId");

-- AddForeignKey
ALTER TABLE "EditorScope" ADD CONSTRAINT "EditorScope_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditorScope" ADD CONSTRAINT "EditorScope_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

