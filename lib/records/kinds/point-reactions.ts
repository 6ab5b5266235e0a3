import { REACTIONS } from "@/lib/domain/enums";
import { REACTION_LABELS } from "@/lib/domain/labels";
import { defineKind } from "../define";
import { viaPoint } from "../scope";
import { checkbox, choice, citations, day, ref, text } from "../fields";

export const pointReactions = defineKind({
  type: "point-reactions",
  model: "pointReaction",
  key: "id",
  label: { one: "Point reaction", many: "Point reactions" },
  publishable: true,
  readOnly: ["id", "version", "createdAt", "updatedAt", "status", "publishedAt"],
  columns: {
    actorId: ref("Actor", "actors", "actor"),
    pointId: ref("Draft point", "points", "draftPoint"),
    reaction: choice("Reaction", REACTIONS, { labels: REACTION_LABELS, message: "Choose a reaction" }),
    statedAt: day("Stated on", { required: true }),
    dateApprox: checkbox("Date is approximate"),
    summary: text("Summary", { max: 2000, control: "textarea" }),
    quote: text("Quote", { max: 4000, required: false, control: "textarea" }),
  },
  links: { citations: citations() },
  titleInclude: { actor: { select: { name: true } }, point: { select: { number: true, title: true, draft: { select: { name: true } } } } },
  scope: viaPoint,
  title: (r) => {
    const point = r.point as { number: number | null; title: string; draft: { name: string } } | undefined;
    const actor = (r.actor as { name?: string } | undefined)?.name ?? r.actorId;
    return `${actor} ${r.reaction} ${point ? `${point.draft.name} · ${point.number != null ? `${point.number}. ` : ""}${point.title}` : r.pointId}`;
  },
  list: { columns: ["actorId", "pointId", "reaction", "status", "statedAt"], search: ["summary", "actorId", "pointId"], orderBy: { statedAt: "desc" } },
  readerPath: (_id, input) => ({ path: `/drafts?point=${encodeURIComponent(String(input.pointId))}`, preview: true }),
});
