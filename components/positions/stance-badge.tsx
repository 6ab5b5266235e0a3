import type { Stance } from "@/lib/domain/enums";
import { STANCE_STYLES } from "@/lib/domain/stance-style";

export function StanceBadge({ stance, compact = false }: { stance: Stance; compact?: boolean }) {
  const style = STANCE_STYLES[stance];
  return (
    <span data-stance={stance} className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-semibold ${style.className}`}>
      <span aria-hidden="true">{style.symbol}</span>
      {compact ? <span className="sr-only">{style.label}</span> : style.label}
    </span>
  );
}

export function StanceLegend() {
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-2 text-xs">
      {(Object.keys(STANCE_STYLES) as Stance[]).map((stance) => (
        <li key={stance}>
          <StanceBadge stance={stance} />
        </li>
      ))}
      <li className="flex items-center gap-1 text-slate-600 dark:text-slate-300">
        <span className="inline-block h-4 w-6 rounded border border-dashed border-slate-300 dark:border-slate-600" /> No statement
      </li>
    </ul>
  );
}
