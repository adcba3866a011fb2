import { type ImportMode, type ImportReport } from '@wanxia/schema';
import { apiRequest } from '../../components/api-file';

/** Sends the file for a check (dry run) or for good (commit). */
export async function importRoster(file: File, mode: ImportMode): Promise<ImportReport> {
  const params = new URLSearchParams({ mode, filename: file.name });
  const response = await apiRequest(`/api/members/import?${params}`, {
    method: 'POST',
    headers: { 'content-type': file.type || 'application/octet-stream' },
    body: file,
  });
  return (await response.json()) as ImportReport;
}
