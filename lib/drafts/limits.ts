// How large a vendor draft the workbench takes. A 40-page contract is about 20,000 words, 130,000
// characters and a DOCX of 50–500 KB; the limits leave room for scanned-in appendices and long
// schedules without letting one upload hold a server process for long.

const MIB = 1024 * 1024;

/** The largest file accepted for upload (also the upload route's body limit). */
export const MAX_DRAFT_FILE_BYTES = 10 * MIB;
/** The most text kept from one draft (file or paste). */
export const MAX_DRAFT_TEXT_CHARS = 400_000;
/** The largest pasted text or email (the action body cap is 512 KB; UTF-8 may take 3 bytes a character). */
export const MAX_PASTED_DRAFT_CHARS = 150_000;
/** The most passages one draft is split into. */
export const MAX_DRAFT_PASSAGES = 3_000;

export function describeBytes(bytes: number): string {
  if (bytes >= MIB) return `${Math.round((bytes / MIB) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
