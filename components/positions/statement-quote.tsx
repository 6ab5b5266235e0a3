type Quote = { quoteOriginal: string | null; quoteLanguage: string | null; quoteEnglish: string | null; translatedBy: string | null };

/** A statement's words as said, and their English translation when it differs. */
export function StatementQuote({ quote }: { quote: Quote }) {
  if (!quote.quoteOriginal && !quote.quoteEnglish) return null;
  return (
    <blockquote className="mt-2 border-l-4 border-slate-300 pl-3 text-sm italic dark:border-slate-600">
      {quote.quoteOriginal && <p lang={quote.quoteLanguage ?? undefined}>“{quote.quoteOriginal}”</p>}
      {quote.quoteEnglish && quote.quoteEnglish !== quote.quoteOriginal && (
        <p className="not-italic text-slate-600 dark:text-slate-300">
          “{quote.quoteEnglish}”{quote.translatedBy ? ` (translation: ${quote.translatedBy})` : ""}
        </p>
      )}
    </blockquote>
  );
}
