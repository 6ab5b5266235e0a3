// The addresses readers used before each negotiation had its own (/positions, /cards/<id>…):
// they lead, permanently, to the same view of the first case (lib/negotiations/queries.ts
// firstCase), with their query string. The proxy answers them (proxy.ts).

/** One example of each old address family, for the tests that check every family still leads somewhere. */
export const LEGACY_ROUTES = [
  "/positions",
  "/map",
  "/compare",
  "/cards",
  "/cards/<id>",
  "/territories/<code>",
  "/briefings",
  "/briefings/<slug>",
  "/issues/<id>",
  "/drafts",
  "/charts",
  "/print/<panel>",
  "/print/briefings/<slug>",
] as const;

const FAMILIES = [...new Set(LEGACY_ROUTES.map((r) => r.split("/")[1]))];
const LEGACY = new RegExp(`^/(${FAMILIES.join("|")})(/|$)`);

/** Whether a path is one of the old addresses. */
export const isLegacyPath = (pathname: string) => LEGACY.test(pathname);

/** Where an old address leads in the negotiation `slug`: `/cards/x?q=1` → `/n/<slug>/cards/x?q=1`. */
export function legacyTarget(pathname: string, search: string, slug: string): string {
  return `/n/${encodeURIComponent(slug)}${pathname.replace(/\/$/, "")}${search}`;
}
