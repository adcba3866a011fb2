import { CSRF_HEADERS, loginPath } from '../app/session';

/** A refusal of an `/api` request: the server's code and its "中文 (English)" message. */
export class ApiFileError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * An `/api` request (files in and out) with the session cookie and the header that shows it is
 * not forged, as GraphQL requests send them.
 * A refusal throws ApiFileError; an ended session goes back to sign-in, then returns.
 */
export async function apiRequest(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  for (const [name, value] of Object.entries(CSRF_HEADERS)) headers.set(name, value);
  const response = await fetch(path, { ...init, headers, credentials: 'same-origin' });
  if (response.ok) return response;
  let error: { code?: string; message?: string } = {};
  try {
    error = ((await response.json()) as { error?: typeof error }).error ?? {};
  } catch {
    // Not JSON: the status says it.
  }
  if (response.status === 401 && !window.location.pathname.startsWith('/login')) {
    window.location.assign(loginPath(window.location.pathname + window.location.search));
  }
  throw new ApiFileError(
    response.status,
    error.code ?? `HTTP_${response.status}`,
    error.message ?? `请求失败 (HTTP ${response.status})`,
  );
}

/** The file name a Content-Disposition header gives (RFC 6266: filename* first), if any. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // A malformed encoding: fall back to the plain name.
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/.exec(disposition);
  return (plain?.[1] ?? plain?.[2])?.trim() || null;
}

/** Hands a response's body to the browser as a download under the server's name. */
export async function saveResponse(response: Response, fallbackName: string): Promise<string> {
  const fileName = fileNameOf(response.headers.get('content-disposition')) ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // After the browser has taken the download over.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return fileName;
}

/** Fetches a file from `/api` and saves it; resolves with the name saved under. */
export async function downloadFile(path: string, fallbackName: string): Promise<string> {
  return saveResponse(await apiRequest(path), fallbackName);
}
