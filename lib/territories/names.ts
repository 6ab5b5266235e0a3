// A territory's names are stored by language ({ en, uk, ar, … }); readers see the English one.
import type { Prisma } from "@/lib/generated/sqlite/client";

export type Names = Record<string, string>;

/** The stored JSON as names by language (anything else read back as none). */
export function asNames(value: Prisma.JsonValue | Names | null | undefined): Names {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === "string"));
}

/** The name readers see: the English one, or the first given. */
export function territoryName(value: Prisma.JsonValue | Names | null | undefined): string {
  const names = asNames(value);
  return names.en ?? Object.values(names)[0] ?? "";
}

/** The other languages' names, for a line under the English one ("fr: Région du Nord"). */
export function otherNames(value: Prisma.JsonValue | Names | null | undefined): [string, string][] {
  return Object.entries(asNames(value)).filter(([code]) => code !== "en");
}

/** Territories with their reader's name, in name order (for pickers and lists). */
export function namedTerritories<T extends { names: Prisma.JsonValue }>(territories: T[]): (Omit<T, "names"> & { name: string })[] {
  return territories.map(({ names, ...t }) => ({ ...t, name: territoryName(names) })).sort((a, b) => a.name.localeCompare(b.name));
}
