/**
 * Downloads of the plugin's admin files (exports, templates): fetched with the admin token by
 * `hooks/useFileDownload`, then saved under the server's file name.
 */

/** The file name of a Content-Disposition header, else `fallback`. */
export function fileNameOf(disposition: string | null | undefined, fallback: string): string {
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition ?? '');
  return match ? decodeURIComponent(match[1]) : fallback;
}

/** Saves a blob as a file through a temporary link (browser only). */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The message of a refused download. Strapi's fetch client drops the body of a failed blob request
 * ("Server Error"), so downloads ask for every status and read the body here: Strapi's error format
 * (`{ error: { message } }`) when it is JSON, else undefined.
 */
export function refusalMessage(body: string): string | undefined {
  try {
    const message = JSON.parse(body)?.error?.message;
    return typeof message === 'string' && message ? message : undefined;
  } catch {
    return undefined;
  }
}
