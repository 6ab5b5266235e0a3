-- Other names of an actor, so the draft-alignment engine does not flag "the Kremlin" for "Russia".
ALTER TABLE "Actor" ADD COLUMN "aliases" TEXT NOT NULL DEFAULT '';
