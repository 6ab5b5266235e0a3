declare module "@mapbox/geojsonhint" {
  export type Hint = { message: string; line?: number; level?: "message" | string };
  export function hint(input: string | object, options?: { noDuplicateMembers?: boolean; precisionWarning?: boolean; ignoreRightHandRule?: boolean }): Hint[];
}
