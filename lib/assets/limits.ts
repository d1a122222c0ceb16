/** What a manifest upload may weigh: a manifest of tens of thousands of files stays far below it. */
export const MANIFEST_MAX_BYTES = 5 * 1024 * 1024;
