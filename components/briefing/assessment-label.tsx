import { Badge } from "@/components/ui/badge";
import type { ConfidenceLevel, Likelihood } from "@/lib/domain/enums";
import { CONFIDENCE_LABELS, LIKELIHOOD_LABELS } from "@/lib/domain/labels";

/** The ICD-203 likelihood term and the confidence level, always shown together on an assessment. */
export function AssessmentLabel({ likelihood, confidence }: { likelihood: Likelihood; confidence: ConfidenceLevel }) {
  const { term, range } = LIKELIHOOD_LABELS[likelihood];
  return (
    <span className="inline-flex flex-wrap items-center gap-1" data-testid="assessment-label">
      <Badge tone="strong" title={`ICD-203 estimative term: ${range}`}>
        {term} ({range})
      </Badge>
      <Badge tone="neutral">{CONFIDENCE_LABELS[confidence]}</Badge>
    </span>
  );
}
