/** A share as a percentage with one decimal ("45.3%"); "—" when there is nothing to share. */
export function formatShare(rate: number | null | undefined): string {
  return rate == null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}
