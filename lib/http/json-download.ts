/** A JSON file download (the filename ASCII, so the header needs no encoding). */
export function jsonDownload({ filename, text }: { filename: string; text: string }): Response {
  return new Response(text, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
