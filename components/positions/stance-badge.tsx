import type { Reaction, Stance } from "@/lib/domain/enums";
import { REACTION_STYLES, STANCE_STYLES } from "@/lib/domain/stance-style";

type Style = { label: string; symbol: string; className: string };

/** A coloured badge that also carries a symbol and a word (or, compact, a hidden word). */
function SymbolBadge({ style, compact, ...data }: { style: Style; compact: boolean } & { [key: `data-${string}`]: string }) {
  return (
    <span {...data} className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-semibold ${style.className}`}>
      <span aria-hidden="true">{style.symbol}</span>
      {compact ? <span className="sr-only">{style.label}</span> : style.label}
    </span>
  );
}

export function StanceBadge({ stance, compact = false }: { stance: Stance; compact?: boolean }) {
  return <SymbolBadge style={STANCE_STYLES[stance]} compact={compact} data-stance={stance} />;
}

export function ReactionBadge({ reaction, compact = false }: { reaction: Reaction; compact?: boolean }) {
  return <SymbolBadge style={REACTION_STYLES[reaction]} compact={compact} data-reaction={reaction} />;
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
