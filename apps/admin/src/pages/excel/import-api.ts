import { apiRequest } from '../../components/api-file';

/** The server's answer to an import (apps/server … excel/member-import.ts). */
export interface ImportProblem {
  row: number;
  column: string;
  field: string;
  code: string;
  message: string;
}

export interface FieldChange {
  column: string;
  field: string;
  before: string;
  after: string;
}

export interface ImportReport {
  fileName: string | null;
  rows: number;
  problems: ImportProblem[];
  invalidRows: number;
  counts: { create: number; update: number; unchanged: number };
  preview: {
    create: { row: number; name: string; values: Record<string, string> }[];
    update: { row: number; memberId: string; name: string; changes: FieldChange[] }[];
    unchanged: { row: number; memberId: string; name: string }[];
  };
  ignoredColumns: string[];
  committed: boolean;
}

export type ImportMode = 'dry-run' | 'commit';

/** The server refuses files above this; the console says so before sending one. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const TEMPLATE_PATH = '/api/members/template.xlsx';

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
