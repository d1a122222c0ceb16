/** The day the entries were last checked against their texts; an entry re-reviewed later gets its own date. */
export const REVIEWED_ON = "2026-12-02";
