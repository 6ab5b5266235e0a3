// Okabe–Ito colours for a chart's series, in order (safe for the common colour-vision
// deficiencies); each series is also named in the legend and the data table.
export const SERIES_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"] as const;

export const seriesColour = (groups: string[], group: string) => SERIES_COLOURS[Math.max(0, groups.indexOf(group)) % SERIES_COLOURS.length];
