// The events on a time axis, by importance, as plain SVG drawn on the server.
import { DOT_RADIUS, pct, SMALL_FONT, TIME_FROM, type TimelineLayout } from "@/lib/charts/layout";
import { SERIES_COLOURS } from "@/lib/charts/palette";
import { HALO } from "./bar-chart";

export function Timeline({ layout, labelledBy }: { layout: TimelineLayout; labelledBy: string }) {
  const { levels, ticks, dots, plotBottom } = layout;
  return (
    <svg role="img" aria-labelledby={labelledBy} width="100%" height={layout.height} className="block overflow-hidden" data-chart-drawing="events">
      <g className="text-slate-200 dark:text-slate-700" stroke="currentColor" strokeDasharray="3 3">
        {levels.map((l) => (
          <line key={l.value} x1={pct(TIME_FROM)} x2="100%" y1={l.y} y2={l.y} />
        ))}
        {ticks.map((t) => (
          <line key={t.at} x1={pct(t.at)} x2={pct(t.at)} y1={0} y2={plotBottom} />
        ))}
      </g>
      <g className="text-slate-600 dark:text-slate-400" fontSize={SMALL_FONT} fill="currentColor" data-ticks="levels">
        {levels.map((l) => (
          <text key={l.value} x={0} y={l.y + 4}>
            {l.value}
          </text>
        ))}
        <line x1={0} x2="100%" y1={plotBottom} y2={plotBottom} stroke="currentColor" />
      </g>
      <g className={`text-slate-600 dark:text-slate-400 ${HALO}`} fontSize={SMALL_FONT} fill="currentColor" strokeWidth={4} data-ticks="dates">
        {ticks.map((t) => (
          <text key={t.at} x={pct(t.at)} y={layout.tickY} textAnchor={t.anchor}>
            {t.text}
          </text>
        ))}
      </g>
      <g fill={SERIES_COLOURS[0]} strokeWidth={1.5} className="stroke-white dark:stroke-slate-900">
        {dots.map((d) => (
          <circle key={d.key} data-dot cx={pct(d.at)} cy={d.y} r={DOT_RADIUS} transform={d.offset ? `translate(${d.offset} 0)` : undefined}>
            <title>{d.title}</title>
          </circle>
        ))}
      </g>
    </svg>
  );
}
