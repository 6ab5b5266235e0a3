import type { ReactNode } from "react";
import type { PaperSize } from "@/lib/pdf/options";

/** Page size and margins for Chromium's print layout; `.print-wide` sections get landscape pages. */
export function PrintFrame({ paper, children }: { paper: PaperSize; children: ReactNode }) {
  const margins = "margin: 16mm 12mm;";
  return (
    <div className="print-frame bg-white">
      <style>{`@page { size: ${paper}; ${margins} } @page wide { size: ${paper} landscape; ${margins} }`}</style>
      {children}
    </div>
  );
}
