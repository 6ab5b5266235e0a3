// Draft intake through the HTTP API as an editor, on SQLite and PostgreSQL: the alignment
// contract of POST /api/admin/drafts/align (issue "Take in a new draft"), file uploads and their
// refusals, saving a reviewed intake in one transaction (unpublished, with revisions and one
// audit entry), refusals that write nothing, suggestions between two stored drafts, and the
// "what the change touches" list.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { docx } from "@/lib/drafts/align/testdata/docx";
import { encryptedPdf, imagePdf, textPdf } from "@/lib/drafts/align/testdata/pdf";
import { readSeedData } from "@/lib/seed/read";
import { apiAs, type Api } from "./support/api";
import { createTestDatabase, type TestDatabase } from "./support/db";
import { mockDbModule } from "./support/mock-db";
import { describeForEachDatabase } from "./support/postgres";

let t: TestDatabase;
vi.mock("@/lib/db", () => mockDbModule(() => t));
const { getAuth } = await import("@/lib/auth/server");
const { recheckFor } = await import("@/lib/drafts/intake/recheck");

const seed = readSeedData();
const pointsOf = (draftId: string) => seed["draft-points"].filter((p) => p.draftId === draftId);
/** The seeded 20-point framework as an editor would paste it: one numbered line per point. */
const plan20Text = ["Twenty-point framework", ...pointsOf("plan20").map((p) => `${p.number}. ${p.text ?? p.reported}`)].join("\n");
const plan28 = pointsOf("plan28");

const KINDS = ["unchanged", "reworded", "moved", "merged", "split"];

/** Counts of what an intake writes, to show that a refused one wrote nothing. */
async function counts() {
  const [drafts, points, alignments, revisions] = await Promise.all([t.db.draft.count(), t.db.draftPoint.count(), t.db.pointAlignment.count(), t.db.revision.count()]);
  return { drafts, points, alignments, revisions };
}

const draftDetails = { negotiationId: "ukraine-2025", name: "Plan 20 (intake test)", title: "Twenty-point framework", date: "2025-12-24", provenance: "reported", origin: "Pasted in a test", summary: "The framework as pasted.", declaredPointCount: 20, revisesId: "plan28", citations: [{ sourceId: seed.sources[0].id }] };

describeForEachDatabase("draft intake through the API", (provider) => {
  let editor: Api;
  let analyst: Api;
  beforeAll(async () => {
    t = await createTestDatabase(provider, { seeded: true });
    editor = await apiAs(t.db, "editor", (r) => getAuth().handler(r));
    analyst = await apiAs(t.db, "analyst", (r) => getAuth().handler(r));
  });
  afterAll(async () => t.cleanup());

  describe("POST /api/admin/drafts/align", () => {
    it("answers the contract for a stored draft against pasted text: every point once, in a link or in dropped/added", async () => {
      const before = await counts();
      const res = await editor.post("/api/admin/drafts/align", { base: { draftId: "plan28" }, candidate: { text: plan20Text } });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const body = res.body;
      expect(body.base.points.map((p: { label: string }) => p.label)).toEqual(plan28.map((p) => String(p.number)));
      expect(body.candidate.points.map((p: { label: string }) => p.label)).toEqual(pointsOf("plan20").map((p) => String(p.number)));
      const baseSeen = [...body.links.flatMap((l: { base: string[] }) => l.base), ...body.dropped].sort();
      const candSeen = [...body.links.flatMap((l: { candidate: string[] }) => l.candidate), ...body.added].sort();
      expect(baseSeen).toEqual(plan28.map((p) => String(p.number)).sort());
      expect(candSeen).toEqual(pointsOf("plan20").map((p) => String(p.number)).sort());
      for (const link of body.links) {
        expect(KINDS).toContain(link.kind);
        expect(link.confidence).toBeGreaterThanOrEqual(0);
        expect(link.confidence).toBeLessThanOrEqual(1);
        expect(Array.isArray(link.flags)).toBe(true);
      }
      // The army cap went from 600,000 (28-point plan) to 800,000 (20-point framework): a flagged number.
      const army = body.links.find((l: { base: string[] }) => l.base.includes("6"));
      expect(army?.flags).toContainEqual(expect.objectContaining({ kind: "number", from: expect.stringContaining("600,000"), to: expect.stringContaining("800,000") }));
      expect(await counts()).toEqual(before);
    });

    it("aligns two pasted texts without the database's drafts", async () => {
      const base = "1. The parties shall withdraw their forces within 30 days.\n2. Sanctions on energy exports are lifted in stages.\n3. Prisoners are exchanged all for all.";
      const candidate = "1) Sanctions on energy exports are lifted in stages.\n2) Prisoners are exchanged all for all.\n3) The parties should withdraw their forces within 60 days.";
      const res = await editor.post("/api/admin/drafts/align", { base: { text: base }, candidate: { text: candidate } });
      expect(res.status).toBe(200);
      const withdraw = res.body.links.find((l: { base: string[] }) => l.base[0] === "1");
      expect(withdraw.candidate).toEqual(["3"]);
      expect(withdraw.kind).toBe("moved");
      expect(withdraw.flags).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "modal", from: "shall", to: "should" })]));
    });

    it("knows the actors by their other names: another name is no change of party, another actor is", async () => {
      const putin = seed.actors.find((a) => a.id === "putin")!;
      const alias = String(putin.aliases).split(",")[0].trim();
      const base = `1. ${putin.name} meets the envoys in Moscow before the end of the year.\n2. Prisoners are exchanged all for all.`;
      const renamed = await editor.post("/api/admin/drafts/align", { base: { text: base }, candidate: { text: `1. ${alias} meets the envoys in Moscow before the end of the year.\n2. Prisoners are exchanged all for all.` } });
      expect(renamed.body.links.find((l: { base: string[] }) => l.base[0] === "1").flags.filter((f: { kind: string }) => f.kind === "party")).toEqual([]);
      const other = await editor.post("/api/admin/drafts/align", { base: { text: base }, candidate: { text: "1. Volodymyr Zelensky meets the envoys in Moscow before the end of the year.\n2. Prisoners are exchanged all for all." } });
      expect(other.body.links.find((l: { base: string[] }) => l.base[0] === "1").flags).toContainEqual(expect.objectContaining({ kind: "party" }));
    });

    const BAD: { name: string; body: unknown; field: string; status?: number }[] = [
      { name: "empty text", body: { base: { draftId: "plan28" }, candidate: { text: "  " } }, field: "candidate.text" },
      { name: "text with one point", body: { base: { draftId: "plan28" }, candidate: { text: "1. Only one point here." } }, field: "candidate.text" },
      { name: "duplicate labels", body: { base: { draftId: "plan28" }, candidate: { points: [{ label: "1", text: "One." }, { label: "1", text: "Two." }] } }, field: "candidate" },
      { name: "mixed numbering", body: { base: { draftId: "plan28" }, candidate: { text: "1. First point.\nII. Second point.\n3. Third point.\nIV. Fourth point." } }, field: "candidate.text" },
      { name: "a text in another language", body: { base: { draftId: "plan28" }, candidate: { text: "1. Стороны прекращают огонь.\n2. Войска отводятся от линии соприкосновения." } }, field: "candidate" },
      { name: "no side given", body: { candidate: { text: plan20Text } }, field: "base" },
      { name: "an unknown draft", body: { base: { draftId: "no-such-draft" }, candidate: { text: plan20Text } }, field: "", status: 404 },
    ];
    for (const bad of BAD) {
      it(`refuses ${bad.name} with ${bad.status ?? 400}, naming the field, and writes nothing`, async () => {
        const before = await counts();
        const res = await editor.post("/api/admin/drafts/align", bad.body);
        expect(res.status, JSON.stringify(res.body)).toBe(bad.status ?? 400);
        expect(res.body.error.message.length).toBeGreaterThan(10);
        if (bad.field) expect(Object.keys(res.body.error.fields ?? {}).some((f) => f.startsWith(bad.field)), JSON.stringify(res.body.error)).toBe(true);
        expect(await counts()).toEqual(before);
      });
    }

    it("is for editors: an analyst gets 403", async () => {
      expect((await analyst.post("/api/admin/drafts/align", { base: { draftId: "plan28" }, candidate: { text: plan20Text } })).status).toBe(403);
    });
  });

  describe("POST /api/admin/drafts/extract", () => {
    const lines = ["Draft framework", "1. The parties shall cease fire.", "2. Forces withdraw 15 km."];
    it("reads a .docx, a PDF with a text layer, and markdown", async () => {
      for (const file of [
        { name: "draft.docx", bytes: await docx(lines) },
        { name: "draft.pdf", bytes: textPdf(lines) },
        { name: "draft.md", bytes: Buffer.from(`# Draft framework\n\n**1.** The parties shall cease fire.\n\n**2.** Forces withdraw 15 km.\n`) },
      ]) {
        const res = await editor.post("/api/admin/drafts/extract", { file });
        expect(res.status, `${file.name}: ${JSON.stringify(res.body)}`).toBe(200);
        expect(res.body.text).toContain("The parties shall cease fire.");
        expect(res.body.text).toContain("Forces withdraw 15 km.");
      }
    });

    const REFUSED = [
      { name: "a scanned PDF without text", file: { name: "scan.pdf", bytes: imagePdf() }, message: /text/i },
      { name: "a password-protected PDF", file: { name: "locked.pdf", bytes: encryptedPdf() }, message: /password|encrypt/i },
      { name: "a binary file", file: { name: "photo.txt", bytes: Uint8Array.from({ length: 4096 }, (_, i) => (i * 37) % 256) }, message: /binary|text/i },
      { name: "a file over 5 MB", file: { name: "big.txt", bytes: Buffer.alloc(5 * 1024 * 1024 + 1, 0x61) }, message: /5 MB/ },
    ];
    for (const r of REFUSED) {
      it(`refuses ${r.name} with a message that says what to do`, async () => {
        const res = await editor.post("/api/admin/drafts/extract", { file: r.file });
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(res.body.error.message).toMatch(r.message);
        expect(res.body.error.fields?.file).toBeDefined();
      });
    }
  });

  describe("POST /api/admin/drafts/intake", () => {
    /** A proposal made into the save request, accepting every row as the review screen would. */
    async function reviewedIntake() {
      const proposal = (await editor.post("/api/admin/drafts/align", { base: { draftId: "plan28" }, candidate: { text: plan20Text } })).body;
      const idOf = new Map(proposal.base.points.map((p: { label: string; id: string }) => [p.label, p.id]));
      const relation: Record<string, string> = { unchanged: "unchanged", reworded: "modified", moved: "moved", merged: "merged", split: "split" };
      const links = [
        ...proposal.links.map((l: { base: string[]; candidate: string[]; kind: string }) => ({ base: l.base.map((b) => idOf.get(b)), candidate: l.candidate, relation: relation[l.kind] })),
        ...proposal.dropped.map((d: string) => ({ base: [idOf.get(d)], candidate: [], relation: "dropped" })),
        ...proposal.added.map((a: string) => ({ base: [], candidate: [a], relation: "added" })),
      ];
      const points = proposal.candidate.points.map((p: { label: string; text: string }) => ({ label: p.label, title: p.text.slice(0, 60), text: p.text }));
      return { draft: draftDetails, textStatus: "verbatim", points, baseDraftId: "plan28", reporting: "inferred", links };
    }

    it("saves the draft, its points in order and the accepted alignments, unpublished, with a revision each and one audit entry", async () => {
      const request = await reviewedIntake();
      const before = await counts();
      const res = await editor.post("/api/admin/drafts/intake", request);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      const draftId: string = res.body.draftId;
      const expectedAlignments = request.links.reduce((n: number, l: { base: unknown[]; candidate: unknown[] }) => n + Math.max(l.base.length, l.candidate.length), 0);
      expect(res.body).toMatchObject({ points: 20, alignments: expectedAlignments });

      const draft = await t.db.draft.findUniqueOrThrow({ where: { id: draftId }, include: { points: { orderBy: { sortOrder: "asc" } } } });
      expect(draft.status).toBe("draft");
      expect(draft.revisesId).toBe("plan28");
      expect(draft.points.map((p) => p.number)).toEqual(pointsOf("plan20").map((p) => p.number));
      expect(draft.points.every((p) => p.status === "draft" && p.textStatus === "verbatim")).toBe(true);
      const alignments = await t.db.pointAlignment.findMany({ where: { toDraftId: draftId } });
      expect(alignments).toHaveLength(expectedAlignments);
      expect(alignments.every((a) => a.status === "draft" && a.fromDraftId === "plan28" && a.reporting === "inferred")).toBe(true);
      const after = await counts();
      expect(after.revisions - before.revisions).toBe(1 + 20 + expectedAlignments + 1);
      const audit = await t.db.revision.findFirst({ where: { entityType: "dataset", entityId: "draft-intake" }, orderBy: { createdAt: "desc" } });
      expect(audit?.title).toContain("Plan 20 (intake test)");
      expect(audit?.title).toContain(`${expectedAlignments} alignments`);

      // Not in readers' lists until it is published; then the draft, its points and alignments publish in one step.
      const published = await editor.post(`/api/admin/drafts/${draftId}/status`, { status: "published", version: 1, withParts: true });
      expect(published.status, JSON.stringify(published.body)).toBe(200);
      expect(await t.db.draftPoint.count({ where: { draftId, status: "published" } })).toBe(20);
    });

    it("lists what the changes touch: reactions to the 28-point plan's army cap, which the new draft changed", async () => {
      const res = await editor.post("/api/admin/drafts/intake", { ...(await reviewedIntake()), draft: { ...draftDetails, name: "Plan 20 (recheck test)" } });
      expect(res.status).toBe(201);
      const recheck = (await recheckFor(t.db, res.body.draftId))!;
      const armyPoint = plan28.find((p) => p.number === 6)!;
      const army = recheck.changes.find((c) => c.pointId === armyPoint.id);
      expect(army, "the army cap point is listed as changed").toBeDefined();
      const reactions = seed["point-reactions"].filter((r) => r.pointId === armyPoint.id).map((r) => r.id).sort();
      expect(army!.items.filter((i) => i.type === "point-reactions").map((i) => i.id).sort()).toEqual(reactions);
      expect(army!.items.every((i) => !i.checked)).toBe(true);
      // Saving a reaction again marks it re-checked.
      const reaction = await editor.get(`/api/admin/point-reactions/${reactions[0]}`);
      expect((await editor.put(`/api/admin/point-reactions/${reactions[0]}`, { version: reaction.body.version, data: reaction.body.input })).status).toBe(200);
      const again = (await recheckFor(t.db, res.body.draftId))!.changes.find((c) => c.pointId === armyPoint.id)!;
      expect(again.items.find((i) => i.id === reactions[0])!.checked).toBe(true);
    });

    const BROKEN: { name: string; change: (r: Awaited<ReturnType<typeof reviewedIntake>>) => unknown; field: RegExp }[] = [
      { name: "a draft without a name", change: (r) => ({ ...r, draft: { ...r.draft, name: "" } }), field: /^draft\.name$/ },
      { name: "two points with one label", change: (r) => ({ ...r, points: [...r.points, r.points[0]] }), field: /^points\.20\.label$/ },
      { name: "a row naming a point that is not in the new draft", change: (r) => ({ ...r, links: [...r.links.slice(1), { ...r.links[0], candidate: ["99"] }] }), field: /^links\.\d+\.candidate$/ },
      { name: "a row whose earlier point is in another draft", change: (r) => ({ ...r, links: [{ base: [pointsOf("plan20")[0].id], candidate: [r.points[0].label], relation: "modified" }] }), field: /^links\.0\.fromPointId$/ },
      { name: "a merged row with one earlier point", change: (r) => ({ ...r, links: [{ base: [plan28[0].id], candidate: [r.points[0].label], relation: "merged" }] }), field: /^links\.0\.relation$/ },
    ];
    for (const b of BROKEN) {
      it(`refuses ${b.name} with 400 on that field, and writes nothing`, async () => {
        const before = await counts();
        const res = await editor.post("/api/admin/drafts/intake", b.change(await reviewedIntake()));
        expect(res.status, JSON.stringify(res.body)).toBe(400);
        expect(Object.keys(res.body.error.fields ?? {}).some((f) => b.field.test(f)), JSON.stringify(res.body.error.fields)).toBe(true);
        expect(await counts()).toEqual(before);
      });
    }
  });

  describe("suggestions between two stored drafts", () => {
    it("proposes only points nobody aligned, saves the reviewed rows, and refuses a point aligned meanwhile", async () => {
      // The 28-point plan and the counter-proposal are aligned by hand in the seed; drop two of those rows.
      const seeded = await t.db.pointAlignment.findMany({ where: { fromDraftId: "plan28", toDraftId: "e3_counter", fromPointId: { not: null }, toPointId: { not: null } }, orderBy: { id: "asc" } });
      const open = seeded.slice(0, 2);
      await t.db.pointAlignment.deleteMany({ where: { id: { in: open.map((a) => a.id) } } });
      const res = await editor.post("/api/admin/drafts/align", { base: { draftId: "plan28" }, candidate: { draftId: "e3_counter" } });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const stillAligned = new Set(seeded.slice(2).flatMap((a) => [a.fromPointId, a.toPointId]));
      for (const p of [...res.body.base.points, ...res.body.candidate.points]) expect(stillAligned.has(p.id)).toBe(false);
      expect(res.body.base.points.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining(open.map((a) => a.fromPointId)));

      const row = { base: [open[0].fromPointId], candidate: [open[0].toPointId], relation: "modified" };
      const saved = await editor.post("/api/admin/drafts/suggested", { baseDraftId: "plan28", candidateDraftId: "e3_counter", reporting: "inferred", links: [row] });
      expect(saved.status, JSON.stringify(saved.body)).toBe(201);
      expect(saved.body.alignments).toBe(1);
      const before = await counts();
      const twice = await editor.post("/api/admin/drafts/suggested", { baseDraftId: "plan28", candidateDraftId: "e3_counter", reporting: "inferred", links: [row] });
      expect(twice.status).toBe(409);
      expect(await counts()).toEqual(before);
    });
  });
});
