// The discreet "à vérifier" badge of a profile not confirmed for 18 months (lib/freshness). Its
// meaning is in its words (and, for screen readers, the explanation), never in its colour alone.
// The search results render it in the browser too, so its caller hands it the words.
export function StaleBadge({ label, explanation }: { label: string; explanation: string }) {
  return (
    <span
      data-testid="stale-badge"
      title={explanation}
      className="inline-flex items-center gap-1 rounded-full border border-amber-400 bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900"
    >
      <span aria-hidden="true">!</span>
      {label}
      <span className="sr-only"> : {explanation}</span>
    </span>
  );
}
