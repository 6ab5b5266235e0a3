import { actorPath } from "@/lib/negotiations/paths";
import { defineKind } from "../define";
import { citations, text, textOrEmpty } from "../fields";

export const actors = defineKind({
  type: "actors",
  model: "actor",
  key: "id",
  label: { one: "Actor", many: "Actors" },
  readOnly: ["id", "version", "createdAt", "updatedAt"],
  columns: {
    name: text("Name", { max: 120 }),
    role: text("Role", { max: 400 }),
    affiliation: text("Affiliation", { max: 120 }),
    bloc: text("Bloc", { max: 60, hint: "Groups actors in the positions matrix, e.g. a government, its opposition, the mediators" }),
    bio: text("Biography", { max: 4000, required: false, control: "textarea" }),
    aliases: textOrEmpty("Other names", { max: 600, hint: "Comma-separated names texts also use (\u201cthe Kremlin\u201d, \u201cWashington\u201d): a new draft naming the actor so is not flagged as a change of party" }),
  },
  links: { citations: citations() },
  referencedBy: [
    { model: "position", field: "actorId", label: "positions" },
    { model: "pointReaction", field: "actorId", label: "point reactions" },
    { model: "territoryClaim", field: "actorId", label: "territorial claims" },
  ],
  title: (r) => String(r.name),
  list: { columns: ["name", "role", "bloc"], search: ["name", "role", "affiliation", "bloc"], orderBy: { name: "asc" } },
  readerPath: (id) => ({ path: actorPath(id), shared: true }),
});
