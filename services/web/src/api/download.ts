import { sessionToken } from './client';
import { ApiError } from './errors';

/**
 * Fetches a file the API serves to staff (a route sheet PDF, a report CSV) with the session's token and
 * hands it to the browser as a download: a plain link cannot carry the bearer token.
 */
export async function downloadFile(path: string, fileName: string): Promise<void> {
  let response: Response;
  try {
    const token = sessionToken.get();
    response = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  } catch {
    throw ApiError.network();
  }
  if (!response.ok) {
    throw ApiError.fromBody(response.status, await response.json().catch(() => undefined));
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
