import { IMPORT_ERRORS_PATH, type ImportMode, type ImportReport } from '@wanxia/schema';
import { apiRequest, saveResponse } from '../../components/api-file';

const upload = (file: File): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': file.type || 'application/octet-stream' },
  body: file,
});

/** Sends the file for a check (dry run) or for good (commit). */
export async function importRoster(file: File, mode: ImportMode): Promise<ImportReport> {
  const params = new URLSearchParams({ mode, filename: file.name });
  const response = await apiRequest(`/api/members/import?${params}`, upload(file));
  return (await response.json()) as ImportReport;
}

/** Sends the file again and saves what comes back: its rows, the problems marked in red. */
export async function downloadProblemWorkbook(file: File): Promise<string> {
  const params = new URLSearchParams({ filename: file.name });
  const response = await apiRequest(`${IMPORT_ERRORS_PATH}?${params}`, upload(file));
  return saveResponse(response, 'import-problems.xlsx');
}
