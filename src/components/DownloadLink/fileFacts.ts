// What both of DownloadLink's renderers (DownloadLink.tsx and the macro's model) take to write the
// file's metadata.

const units = ['KB', 'MB', 'GB', 'TB'];

/**
 * A file size in decimal units with a no-break space: one decimal below 10 ("1.2 MB"), none from 10
 * ("350 KB"), no ".0"; 1-999 bytes is "1 KB".
 */
export function fileSize(bytes: number): string {
  // The unit: the first whose rounded count is below 1000, so 999,500 bytes is "1 MB", not "1000 KB".
  let unit = 0;
  let scale = 1000;
  while (unit < units.length - 1 && Math.round(bytes / scale) >= 1000) {
    unit++;
    scale *= 1000;
  }
  // Integer tenths, so 9,950 bytes is "10 KB" as written, not 9.9 by a binary rounding error.
  const tenths = Math.max(Math.round((bytes * 10) / scale), 10);
  return `${tenths < 100 ? tenths / 10 : Math.round(bytes / scale)}\u00a0${units[unit]}`;
}

/**
 * The file type as the page writes it ("PDF"): 1 to 10 letters or digits, in capitals; undefined for
 * anything else (the published schema's `fileType` pattern is the same rule).
 */
export const fileTypeLabel = (value: unknown): string | undefined => (typeof value === 'string' && /^[a-z\d]{1,10}$/i.test(value) ? value.toUpperCase() : undefined);

/** A whole number from 1 (a size in bytes, a page count), or undefined. */
export const wholeNumber = (value: unknown): number | undefined => (Number.isInteger(value) && (value as number) >= 1 ? (value as number) : undefined);

/** The label that names each of our languages, for a file in another language than the page. */
export const languageKeys = { en: 'languageEn', 'zh-Hant': 'languageZhHant', 'zh-Hans': 'languageZhHans' } as const;

