// Three-way merge of a record's input after a 409: the version both editors started from
// (base), the one saved meanwhile (theirs) and the form (mine). A field only one side changed
// takes that side's value; only a field both changed differently needs the editor's choice.
// Without a base (no revision of it was kept) every differing field is a choice.
import { sameValue } from "./values";

type Values = Record<string, unknown>;
export type Merge = {
  merged: Values;
  /** Fields both sides changed to different values: the editor chooses. */
  conflicts: string[];
  /** Fields taken from theirs because only they changed them. */
  fromTheirs: string[];
  /** Fields kept from the form because only the editor changed them. */
  fromMine: string[];
};

export function mergeThreeWay(base: Values | null, theirs: Values, mine: Values, fields: string[]): Merge {
  const result: Merge = { merged: {}, conflicts: [], fromTheirs: [], fromMine: [] };
  for (const field of fields) {
    const [t, m] = [theirs[field], mine[field]];
    if (sameValue(t, m)) {
      result.merged[field] = t;
    } else if (base && sameValue(m, base[field])) {
      result.merged[field] = t;
      result.fromTheirs.push(field);
    } else if (base && sameValue(t, base[field])) {
      result.merged[field] = m;
      result.fromMine.push(field);
    } else {
      result.merged[field] = m;
      result.conflicts.push(field);
    }
  }
  return result;
}

/** The merge with the editor's choice for each conflicting field. */
export function resolve(merge: Merge, theirs: Values, mine: Values, choices: Record<string, "theirs" | "mine">): Values {
  return { ...merge.merged, ...Object.fromEntries(merge.conflicts.map((f) => [f, choices[f] === "theirs" ? theirs[f] : mine[f]])) };
}
