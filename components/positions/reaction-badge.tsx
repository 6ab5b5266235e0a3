import type { Reaction } from "@/lib/domain/enums";
import { REACTION_STYLES } from "@/lib/domain/stance-style";

export function ReactionBadge({ reaction, compact = false }: { reaction: Reaction; compact?: boolean }) {
  const style = REACTION_STYLES[reaction];
  return (
    <span data-reaction={reaction} className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-semibold ${style.className}`}>
      <span aria-hidden="true">{style.symbol}</span>
      {compact ? <span className="sr-only">{style.label}</span> : style.label}
    </span>
  );
}
