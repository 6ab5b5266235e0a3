import { TERRITORY_CLAIMS } from "@/lib/domain/enums";
import { TERRITORY_CLAIM_LABELS } from "@/lib/domain/labels";
import { defineKind } from "../define";
import { viaTerritoryAndDraft } from "../scope";
import { choice, citations, day, ref, text } from "../fields";

export const claims = defineKind({
  type: "claims",
  model: "territoryClaim",
  key: "id",
  label: { one: "Territorial claim", many: "Territorial claims" },
  publishable: true,
  readOnly: ["id", "version", "createdAt", "updatedAt", "status", "publishedAt"],
  columns: {
    territoryId: ref("Territory", "territories", "territory"),
    claim: choice("Claim", TERRITORY_CLAIMS, { labels: TERRITORY_CLAIM_LABELS, message: "Choose a claim" }),
    actorId: ref("Made by actor", "actors", "actor", { required: false, hint: "An actor or a draft, not both" }),
    draftId: ref("Contained in draft", "drafts", "draft", { required: false }),
    statedAt: day("Stated on"),
    summary: text("Summary", { max: 2000, control: "textarea" }),
  },
  links: { citations: citations() },
  refine: (c, ctx) => {
    if (!c.actorId === !c.draftId) ctx.addIssue({ code: "custom", path: ["actorId"], message: "A claim is made by an actor or contained in a draft: pick exactly one" });
  },
  titleInclude: { territory: { select: { names: true, code: true } }, actor: { select: { name: true } }, draft: { select: { name: true } } },
  scope: viaTerritoryAndDraft,
  title: (r) => {
    const by = (r.actor as { name?: string } | null)?.name ?? (r.draft as { name?: string } | null)?.name ?? r.actorId ?? r.draftId;
    const territory = r.territory as { names?: Record<string, string>; code?: string } | undefined;
    return `${territory?.names?.en ?? territory?.code ?? r.territoryId}: ${TERRITORY_CLAIM_LABELS[r.claim as keyof typeof TERRITORY_CLAIM_LABELS] ?? r.claim} (${by})`;
  },
  list: { columns: ["territoryId", "actorId", "draftId", "claim", "status"], search: ["summary", "territoryId"], orderBy: { territoryId: "asc" } },
  readerPath: (_id, input) => ({ path: `/territories/${encodeURIComponent(String(input.territoryId))}`, preview: true }),
});
