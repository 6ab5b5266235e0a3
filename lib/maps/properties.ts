// The properties a geometry file's features carry, read in the browser before upload so the
// editor can pick the code property (the server validates the file itself).

type Props = Record<string, unknown> | null | undefined;

/** Property names with text or number values, from GeoJSON features or TopoJSON geometries; null if unreadable. */
export function filePropertyNames(text: string): string[] | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const all: Props[] = [];
  const v = value as { type?: string; features?: { properties?: Props }[]; properties?: Props; objects?: Record<string, { geometries?: { properties?: Props }[]; properties?: Props }> };
  if (v?.type === "FeatureCollection") all.push(...(v.features ?? []).map((f) => f?.properties));
  else if (v?.type === "Feature") all.push(v.properties);
  else if (v?.type === "Topology") for (const o of Object.values(v.objects ?? {})) all.push(...(o?.geometries ?? [o]).map((g) => g?.properties));
  const names = new Set<string>();
  for (const p of all) for (const [k, x] of Object.entries(p ?? {})) if (typeof x === "string" || typeof x === "number") names.add(k);
  return [...names].sort();
}

/** A likely code property: one named like a code, else the first. */
export function guessCodeProperty(names: string[]): string {
  return names.find((n) => /^(iso|code|iso_3166_2|iso_a2|iso_a3|id)$/i.test(n)) ?? names.find((n) => /iso|code/i.test(n)) ?? names[0] ?? "";
}

export function guessNameProperty(names: string[]): string {
  return names.find((n) => /^(name|name_en)$/i.test(n)) ?? names.find((n) => /name/i.test(n)) ?? "";
}
