-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'editor', 'analyst');

-- CreateEnum
CREATE TYPE "PublishStatus" AS ENUM ('draft', 'in_review', 'published');

-- CreateEnum
CREATE TYPE "CardKind" AS ENUM ('development', 'assessment', 'quote', 'figure', 'event');

-- CreateEnum
CREATE TYPE "Likelihood" AS ENUM ('almost_no_chance', 'very_unlikely', 'unlikely', 'roughly_even_chance', 'likely', 'very_likely', 'almost_certain');

-- CreateEnum
CREATE TYPE "ConfidenceLevel" AS ENUM ('low', 'moderate', 'high');

-- CreateEnum
CREATE TYPE "DraftStatus" AS ENUM ('leaked', 'reported', 'official');

-- CreateEnum
CREATE TYPE "PointTextStatus" AS ENUM ('verbatim', 'paraphrase', 'not_public');

-- CreateEnum
CREATE TYPE "AlignmentRelation" AS ENUM ('unchanged', 'modified', 'merged', 'split', 'moved', 'dropped', 'added');

-- CreateEnum
CREATE TYPE "ReportingStatus" AS ENUM ('reported', 'inferred', 'unconfirmed');

-- CreateEnum
CREATE TYPE "Reaction" AS ENUM ('accepts', 'rejects', 'conditional', 'silent');

-- CreateEnum
CREATE TYPE "Stance" AS ENUM ('supports', 'opposes', 'conditional', 'ambiguous', 'unknown');

-- CreateEnum
CREATE TYPE "Reliability" AS ENUM ('A', 'B', 'C', 'D', 'E', 'F');

-- CreateEnum
CREATE TYPE "TerritoryKind" AS ENUM ('oblast', 'autonomous_republic', 'city');

-- CreateEnum
CREATE TYPE "ControlStatus" AS ENUM ('ukrainian_control', 'partially_occupied', 'occupied');

-- CreateEnum
CREATE TYPE "TerritoryClaimKind" AS ENUM ('recognised_de_jure', 'recognised_de_facto', 'demilitarised_zone', 'frozen_on_contact_line', 'ukrainian_withdrawal', 'to_be_returned', 'remains_ukrainian', 'no_recognition', 'subject_to_negotiation');

-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" "Role" NOT NULL DEFAULT 'analyst',
    "banned" BOOLEAN NOT NULL DEFAULT false,
    "banReason" TEXT,
    "banExpires" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "impersonatedBy" TEXT,
    "userId" TEXT NOT NULL,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMP(3),
    "refreshTokenExpiresAt" TIMESTAMP(3),
    "scope" TEXT,
    "password" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rateLimit" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastRequest" BIGINT NOT NULL,

    CONSTRAINT "rateLimit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "userId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Briefing" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "status" "PublishStatus" NOT NULL DEFAULT 'draft',
    "publishedAt" TIMESTAMP(3),
    "marking" TEXT NOT NULL DEFAULT 'UNCLASSIFIED',
    "authors" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Briefing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BriefingCard" (
    "briefingId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "BriefingCard_pkey" PRIMARY KEY ("briefingId","cardId")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Card" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "kind" "CardKind" NOT NULL,
    "eventDate" TIMESTAMP(3),
    "importance" INTEGER NOT NULL DEFAULT 3,
    "likelihood" "Likelihood",
    "confidence" "ConfidenceLevel",
    "status" "PublishStatus" NOT NULL DEFAULT 'draft',
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Card_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Draft" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "origin" TEXT NOT NULL,
    "status" "DraftStatus" NOT NULL,
    "summary" TEXT NOT NULL,
    "declaredPointCount" INTEGER,
    "notes" TEXT,
    "revisesId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Draft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DraftPoint" (
    "id" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "number" INTEGER,
    "sortOrder" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT,
    "textStatus" "PointTextStatus" NOT NULL,
    "reported" TEXT,
    "confidence" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DraftPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PointAlignment" (
    "id" TEXT NOT NULL,
    "fromDraftId" TEXT NOT NULL,
    "toDraftId" TEXT NOT NULL,
    "fromPointId" TEXT,
    "toPointId" TEXT,
    "relation" "AlignmentRelation" NOT NULL,
    "note" TEXT,
    "reporting" "ReportingStatus" NOT NULL DEFAULT 'reported',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PointAlignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PointReaction" (
    "id" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "pointId" TEXT NOT NULL,
    "reaction" "Reaction" NOT NULL,
    "summary" TEXT NOT NULL,
    "quote" TEXT,
    "statedAt" TIMESTAMP(3) NOT NULL,
    "dateApprox" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PointReaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Actor" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "affiliation" TEXT NOT NULL,
    "bloc" TEXT NOT NULL,
    "bio" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Issue" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Issue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Position" (
    "id" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "issueId" TEXT NOT NULL,
    "stance" "Stance" NOT NULL,
    "summary" TEXT NOT NULL,
    "quoteOriginal" TEXT,
    "quoteLanguage" TEXT,
    "quoteEnglish" TEXT,
    "translatedBy" TEXT,
    "statedAt" TIMESTAMP(3) NOT NULL,
    "dateApprox" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Position_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "outlet" TEXT NOT NULL,
    "url" TEXT,
    "publishedAt" TIMESTAMP(3),
    "dateApprox" BOOLEAN NOT NULL DEFAULT false,
    "reliability" "Reliability" NOT NULL,
    "credibility" INTEGER NOT NULL,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" TEXT NOT NULL,
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
    "territoryCode" TEXT,
    "territoryClaimId" TEXT,
    "metricValueId" TEXT,

    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Metric" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "description" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Metric_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MetricValue" (
    "id" TEXT NOT NULL,
    "metricId" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "valueHigh" DOUBLE PRECISION,
    "approximate" BOOLEAN NOT NULL DEFAULT false,
    "label" TEXT NOT NULL,
    "date" TIMESTAMP(3),
    "draftId" TEXT,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MetricValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Territory" (
    "code" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameUk" TEXT NOT NULL,
    "kind" "TerritoryKind" NOT NULL,
    "controlStatus" "ControlStatus" NOT NULL,
    "russianControlPct" DOUBLE PRECISION,
    "controlAsOf" TIMESTAMP(3),
    "controlNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Territory_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "TerritoryClaim" (
    "id" TEXT NOT NULL,
    "territoryCode" TEXT NOT NULL,
    "actorId" TEXT,
    "draftId" TEXT,
    "claim" "TerritoryClaimKind" NOT NULL,
    "summary" TEXT NOT NULL,
    "statedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TerritoryClaim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_CardToTag" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_CardToTag_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_CardToIssue" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_CardToIssue_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_CardToTerritory" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_CardToTerritory_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_CardToDraftPoint" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_CardToDraftPoint_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_DraftPointToIssue" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_DraftPointToIssue_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ActorToCard" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ActorToCard_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_key" ON "session"("token");

-- CreateIndex
CREATE INDEX "session_userId_idx" ON "session"("userId");

-- CreateIndex
CREATE INDEX "account_userId_idx" ON "account"("userId");

-- CreateIndex
CREATE INDEX "verification_identifier_idx" ON "verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "rateLimit_key_key" ON "rateLimit"("key");

-- CreateIndex
CREATE INDEX "Revision_entityType_entityId_idx" ON "Revision"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "Revision_userId_idx" ON "Revision"("userId");

-- CreateIndex
CREATE INDEX "Revision_createdAt_idx" ON "Revision"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Briefing_slug_key" ON "Briefing"("slug");

-- CreateIndex
CREATE INDEX "Briefing_status_publishedAt_idx" ON "Briefing"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "BriefingCard_cardId_idx" ON "BriefingCard"("cardId");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_name_key" ON "Tag"("name");

-- CreateIndex
CREATE INDEX "Card_status_eventDate_idx" ON "Card"("status", "eventDate");

-- CreateIndex
CREATE INDEX "Card_kind_idx" ON "Card"("kind");

-- CreateIndex
CREATE INDEX "Draft_date_idx" ON "Draft"("date");

-- CreateIndex
CREATE INDEX "DraftPoint_draftId_sortOrder_idx" ON "DraftPoint"("draftId", "sortOrder");

-- CreateIndex
CREATE INDEX "PointAlignment_fromDraftId_toDraftId_idx" ON "PointAlignment"("fromDraftId", "toDraftId");

-- CreateIndex
CREATE INDEX "PointAlignment_fromPointId_idx" ON "PointAlignment"("fromPointId");

-- CreateIndex
CREATE INDEX "PointAlignment_toPointId_idx" ON "PointAlignment"("toPointId");

-- CreateIndex
CREATE INDEX "PointReaction_pointId_idx" ON "PointReaction"("pointId");

-- CreateIndex
CREATE INDEX "PointReaction_actorId_idx" ON "PointReaction"("actorId");

-- CreateIndex
CREATE INDEX "Actor_bloc_idx" ON "Actor"("bloc");

-- CreateIndex
CREATE INDEX "Position_actorId_issueId_statedAt_idx" ON "Position"("actorId", "issueId", "statedAt");

-- CreateIndex
CREATE INDEX "Position_issueId_idx" ON "Position"("issueId");

-- CreateIndex
CREATE INDEX "Source_outlet_idx" ON "Source"("outlet");

-- CreateIndex
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");

-- CreateIndex
CREATE INDEX "Citation_cardId_idx" ON "Citation"("cardId");

-- CreateIndex
CREATE INDEX "Citation_actorId_idx" ON "Citation"("actorId");

-- CreateIndex
CREATE INDEX "Citation_positionId_idx" ON "Citation"("positionId");

-- CreateIndex
CREATE INDEX "Citation_pointReactionId_idx" ON "Citation"("pointReactionId");

-- CreateIndex
CREATE INDEX "Citation_draftId_idx" ON "Citation"("draftId");

-- CreateIndex
CREATE INDEX "Citation_draftPointId_idx" ON "Citation"("draftPointId");

-- CreateIndex
CREATE INDEX "Citation_alignmentId_idx" ON "Citation"("alignmentId");

-- CreateIndex
CREATE INDEX "Citation_territoryCode_idx" ON "Citation"("territoryCode");

-- CreateIndex
CREATE INDEX "Citation_territoryClaimId_idx" ON "Citation"("territoryClaimId");

-- CreateIndex
CREATE INDEX "Citation_metricValueId_idx" ON "Citation"("metricValueId");

-- CreateIndex
CREATE INDEX "MetricValue_metricId_idx" ON "MetricValue"("metricId");

-- CreateIndex
CREATE INDEX "TerritoryClaim_territoryCode_idx" ON "TerritoryClaim"("territoryCode");

-- CreateIndex
CREATE INDEX "TerritoryClaim_actorId_idx" ON "TerritoryClaim"("actorId");

-- CreateIndex
CREATE INDEX "TerritoryClaim_draftId_idx" ON "TerritoryClaim"("draftId");

-- CreateIndex
CREATE INDEX "_CardToTag_B_index" ON "_CardToTag"("B");

-- CreateIndex
CREATE INDEX "_CardToIssue_B_index" ON "_CardToIssue"("B");

-- CreateIndex
CREATE INDEX "_CardToTerritory_B_index" ON "_CardToTerritory"("B");

-- CreateIndex
CREATE INDEX "_CardToDraftPoint_B_index" ON "_CardToDraftPoint"("B");

-- CreateIndex
CREATE INDEX "_DraftPointToIssue_B_index" ON "_DraftPointToIssue"("B");

-- CreateIndex
CREATE INDEX "_ActorToCard_B_index" ON "_ActorToCard"("B");

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefingCard" ADD CONSTRAINT "BriefingCard_briefingId_fkey" FOREIGN KEY ("briefingId") REFERENCES "Briefing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefingCard" ADD CONSTRAINT "BriefingCard_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Draft" ADD CONSTRAINT "Draft_revisesId_fkey" FOREIGN KEY ("revisesId") REFERENCES "Draft"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftPoint" ADD CONSTRAINT "DraftPoint_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointAlignment" ADD CONSTRAINT "PointAlignment_fromDraftId_fkey" FOREIGN KEY ("fromDraftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointAlignment" ADD CONSTRAINT "PointAlignment_toDraftId_fkey" FOREIGN KEY ("toDraftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointAlignment" ADD CONSTRAINT "PointAlignment_fromPointId_fkey" FOREIGN KEY ("fromPointId") REFERENCES "DraftPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointAlignment" ADD CONSTRAINT "PointAlignment_toPointId_fkey" FOREIGN KEY ("toPointId") REFERENCES "DraftPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointReaction" ADD CONSTRAINT "PointReaction_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointReaction" ADD CONSTRAINT "PointReaction_pointId_fkey" FOREIGN KEY ("pointId") REFERENCES "DraftPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_pointReactionId_fkey" FOREIGN KEY ("pointReactionId") REFERENCES "PointReaction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_draftPointId_fkey" FOREIGN KEY ("draftPointId") REFERENCES "DraftPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_alignmentId_fkey" FOREIGN KEY ("alignmentId") REFERENCES "PointAlignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_territoryCode_fkey" FOREIGN KEY ("territoryCode") REFERENCES "Territory"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_territoryClaimId_fkey" FOREIGN KEY ("territoryClaimId") REFERENCES "TerritoryClaim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_metricValueId_fkey" FOREIGN KEY ("metricValueId") REFERENCES "MetricValue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MetricValue" ADD CONSTRAINT "MetricValue_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "Metric"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MetricValue" ADD CONSTRAINT "MetricValue_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TerritoryClaim" ADD CONSTRAINT "TerritoryClaim_territoryCode_fkey" FOREIGN KEY ("territoryCode") REFERENCES "Territory"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TerritoryClaim" ADD CONSTRAINT "TerritoryClaim_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TerritoryClaim" ADD CONSTRAINT "TerritoryClaim_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CardToTag" ADD CONSTRAINT "_CardToTag_A_fkey" FOREIGN KEY ("A") REFERENCES "Card"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CardToTag" ADD CONSTRAINT "_CardToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CardToIssue" ADD CONSTRAINT "_CardToIssue_A_fkey" FOREIGN KEY ("A") REFERENCES "Card"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CardToIssue" ADD CONSTRAINT "_CardToIssue_B_fkey" FOREIGN KEY ("B") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CardToTerritory" ADD CONSTRAINT "_CardToTerritory_A_fkey" FOREIGN KEY ("A") REFERENCES "Card"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CardToTerritory" ADD CONSTRAINT "_CardToTerritory_B_fkey" FOREIGN KEY ("B") REFERENCES "Territory"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CardToDraftPoint" ADD CONSTRAINT "_CardToDraftPoint_A_fkey" FOREIGN KEY ("A") REFERENCES "Card"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CardToDraftPoint" ADD CONSTRAINT "_CardToDraftPoint_B_fkey" FOREIGN KEY ("B") REFERENCES "DraftPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DraftPointToIssue" ADD CONSTRAINT "_DraftPointToIssue_A_fkey" FOREIGN KEY ("A") REFERENCES "DraftPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DraftPointToIssue" ADD CONSTRAINT "_DraftPointToIssue_B_fkey" FOREIGN KEY ("B") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ActorToCard" ADD CONSTRAINT "_ActorToCard_A_fkey" FOREIGN KEY ("A") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ActorToCard" ADD CONSTRAINT "_ActorToCard_B_fkey" FOREIGN KEY ("B") REFERENCES "Card"("id") ON DELETE CASCADE ON UPDATE CASCADE;
