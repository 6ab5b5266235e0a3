// Every reader address is built here. A negotiation's views live under /n/<slug>/…; actors and
// sources are shared by every negotiation and keep global pages. No server-only import: client
// components build their links with it too.

/** The views every negotiation has, as the header's switcher and the navigation name them. */
export const NEGOTIATION_VIEWS = [
  { view: "", label: "Dashboard" },
  { view: "/briefings", label: "Briefings" },
  { view: "/cards", label: "Cards" },
  { view: "/positions", label: "Positions" },
  { view: "/map", label: "Map" },
  { view: "/compare", label: "Compare drafts" },
  { view: "/drafts", label: "Lineage" },
  { view: "/charts", label: "Charts" },
] as const;

/** The list of negotiations (also `/`, when the reader has none to reopen). */
export const NEGOTIATIONS_PATH = "/negotiations";

type Query = Record<string, string | number | string[] | null | undefined> | URLSearchParams | string;

function queryString(query?: Query): string {
  if (query === undefined) return "";
  if (typeof query === "string") return query ? (query.startsWith("?") ? query : `?${query}`) : "";
  const params = query instanceof URLSearchParams ? query : new URLSearchParams();
  if (!(query instanceof URLSearchParams)) {
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined || value === null || value === "") continue;
      if (Array.isArray(value)) {
        if (value.length) params.set(key, value.join(","));
      } else params.set(key, String(value));
    }
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}

/**
 * A view of one negotiation: `negotiationPath("border-talks-2030", "/positions", { issue: "x" })`.
 * `view` starts with a slash ("" is the negotiation's dashboard).
 */
export function negotiationPath(slug: string, view = "", query?: Query): string {
  return `/n/${encodeURIComponent(slug)}${view}${queryString(query)}`;
}

export const actorPath = (id: string) => `/actors/${encodeURIComponent(id)}`;
export const sourcePath = (id: string) => `/sources/${encodeURIComponent(id)}`;

/** The negotiation slug and the view of a reader path (`/n/a/positions` → a, /positions), or null. */
export function splitNegotiationPath(pathname: string): { slug: string; view: string } | null {
  const match = /^\/n\/([^/?#]+)(\/[^?#]*)?/.exec(pathname);
  if (!match) return null;
  return { slug: decodeURIComponent(match[1]), view: match[2] && match[2] !== "/" ? match[2] : "" };
}

/**
 * Where the switcher takes a reader from `pathname` in one negotiation to `slug`: the same view
 * where the other negotiation has it (its list views), otherwise its dashboard. Filters name
 * records of one negotiation (issues, drafts, territories…), so they are not carried over.
 */
export function switchedPath(pathname: string, slug: string): string {
  const current = splitNegotiationPath(pathname);
  const view = current?.view ?? "";
  const kept = NEGOTIATION_VIEWS.find((v) => v.view === view);
  // A record's page (/cards/<id>, /issues/<id>…) belongs to one negotiation: go to its list.
  const list = kept ? kept.view : (NEGOTIATION_VIEWS.find((v) => v.view && view.startsWith(`${v.view}/`))?.view ?? "");
  return negotiationPath(slug, list);
}
