/** The printed list names its payments in the URL; the API fetches up to 100 nodes at once. */
export const PRINT_LIMIT = 100;

export function printLink(ids: readonly string[]): string {
  return `/funding/print?${new URLSearchParams({ ids: ids.join(',') }).toString()}`;
}

/** The ids of the printed list, in the order chosen, each once, at most PRINT_LIMIT. */
export function readPrintIds(params: URLSearchParams): string[] {
  const ids = (params.get('ids') ?? '').split(',').filter((id) => /^[A-Za-z0-9_-]+$/.test(id));
  return [...new Set(ids)].slice(0, PRINT_LIMIT);
}
