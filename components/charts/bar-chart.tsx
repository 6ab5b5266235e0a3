// Horizontal bars drawn on the server as plain SVG (layout: lib/charts/layout.ts). Text and
// lines take the theme's colours through currentColor; a halo in the card's background keeps
// text readable where it crosses a grid line. Tooltips are SVG <title>s. Styles sit on a group
// per layer and are inherited, so each bar and label is a short element in the page.
import { pct, LABEL_FONT, SMALL_FONT, type BarLayout } from "@/lib/charts/layout";

/** Text drawn over lines: outlined in the card's background colour (stroke-width set with it). */
export const HALO = "stroke-white dark:stroke-slate-900 [paint-order:stroke] [stroke-linejoin:round]";

export function BarChart({ layout, labelledBy, chart }: { layout: BarLayout; labelledBy: string; chart: string }) {
  const { rows, ticks, plotBottom, barHeight } = layout;
  const stacked = rows.some((r) => r.pieces.filter((p) => p.kind === "solid").length > 1);
  return (
    <svg role="img" aria-labelledby={labelledBy} width="100%" height={layout.height} className="block overflow-hidden" data-chart-drawing={chart}>
      <g className="text-slate-200 dark:text-slate-700" stroke="currentColor" strokeDasharray="3 3">
        {ticks.map((t) => (
          <line key={t.at} x1={pct(t.at)} x2={pct(t.at)} y1={0} y2={plotBottom} />
        ))}
      </g>
      <g fontSize={LABEL_FONT} fill="currentColor" strokeWidth={4} className={`text-slate-800 dark:text-slate-200 ${HALO}`} data-labels>
        {rows.map((row) => (
          <text key={row.key}>
            {row.lines.map((line, i) => (
              <tspan key={i} x={0} y={line.y}>
                {line.text}
              </tspan>
            ))}
          </text>
        ))}
      </g>
      {/* Stacked pieces are parted by a line in the card's colour. */}
      <g strokeWidth={stacked ? 1 : 0} className="stroke-white dark:stroke-slate-900">
        {rows.flatMap((row) =>
          row.pieces.map((p, i) => (
            <rect
              key={`${row.key}-${i}`}
              data-bar={p.kind}
              x={pct(p.x)}
              width={pct(p.width)}
              y={p.kind === "range" ? row.barY + 0.75 : row.barY}
              height={p.kind === "range" ? barHeight - 1.5 : barHeight}
              fill={p.colour}
              {...(p.kind === "range" ? { fillOpacity: 0.3, stroke: p.colour, strokeWidth: 1.5 } : {})}
            >
              <title>{p.title}</title>
            </rect>
          )),
        )}
      </g>
      <g fontSize={SMALL_FONT} fontWeight={600} pointerEvents="none" data-values>
        {rows.flatMap((row) =>
          row.pieces.map(
            (p, i) =>
              p.inner && (
                <text key={`${row.key}-${i}`} x={pct(p.inner.at)} y={row.barY + barHeight / 2 + 4} textAnchor="middle" fill={p.inner.ink}>
                  {p.label}
                </text>
              ),
          ),
        )}
        {rows.map(
          (row) =>
            row.value?.ink && (
              <text key={row.key} x={pct(row.value.at)} dx={-5} y={row.value.y} textAnchor="end" fill={row.value.ink}>
                {row.value.text}
              </text>
            ),
        )}
        <g fill="currentColor" strokeWidth={4} className={`text-slate-900 dark:text-slate-100 ${HALO}`}>
          {rows.map(
            (row) =>
              row.value &&
              !row.value.ink && (
                <text key={row.key} x={pct(row.value.at)} dx={row.value.anchor === "start" ? 5 : -5} y={row.value.y} textAnchor={row.value.anchor}>
                  {row.value.text}
                </text>
              ),
          )}
        </g>
      </g>
      <g className="text-slate-600 dark:text-slate-400" fontSize={SMALL_FONT} fill="currentColor" data-ticks="values">
        <line x1={0} x2="100%" y1={plotBottom} y2={plotBottom} stroke="currentColor" />
        {ticks.map((t) => (
          <text key={t.at} x={pct(t.at)} y={layout.tickY} textAnchor={t.anchor}>
            {t.text}
          </text>
        ))}
      </g>
    </svg>
  );
}
