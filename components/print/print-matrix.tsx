import { STANCE_STYLES } from "@/lib/domain/stance-style";
import { formatDate } from "@/lib/format";
import type { PositionMatrix } from "@/lib/positions/queries";

/** The positions matrix as a plain table for paper: stance symbol, word and date in each cell. */
export function PrintMatrix({ matrix }: { matrix: PositionMatrix }) {
  return (
    <table className="w-full border-collapse text-left text-xs">
      <thead>
        <tr>
          <th className="border border-slate-300 p-1">Actor</th>
          {matrix.issues.map((issue) => (
            <th key={issue.id} className="border border-slate-300 p-1 align-bottom">
              {issue.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.actors
          .filter((actor) => matrix.issues.some((issue) => matrix.cells[`${actor.id}:${issue.id}`]))
          .map((actor) => (
            <tr key={actor.id}>
              <th scope="row" className="border border-slate-300 p-1 font-medium">
                {actor.name} <span className="font-normal text-slate-500">({actor.bloc})</span>
              </th>
              {matrix.issues.map((issue) => {
                const cell = matrix.cells[`${actor.id}:${issue.id}`];
                const style = cell && STANCE_STYLES[cell.stance];
                return (
                  <td key={issue.id} className={`border border-slate-300 p-1 ${style ? style.className : ""}`} data-stance={cell?.stance}>
                    {style ? `${style.symbol} ${style.label}` : "—"}
                    {cell && <span className="block text-[0.65rem] opacity-80">{formatDate(cell.statedAt)}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
      </tbody>
    </table>
  );
}
