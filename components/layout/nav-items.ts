// The panels in the main navigation (a plain module: the server layout filters it).
export const NAV_ITEMS = [
  { href: "/", label: "Dashboard" },
  { href: "/briefings", label: "Briefings" },
  { href: "/cards", label: "Cards" },
  { href: "/positions", label: "Positions" },
  { href: "/map", label: "Map" },
  { href: "/compare", label: "Compare drafts" },
  { href: "/drafts", label: "Lineage" },
  { href: "/charts", label: "Charts" },
] as const;
