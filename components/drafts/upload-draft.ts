// Sends a vendor draft's file to POST /api/v1/deals/<dealId>/drafts as the raw body with
// XMLHttpRequest, whose upload events (unlike fetch's) report progress. Metadata goes in the query.
// A refusal is a problem document: its `detail` is the message, its `errors` the fields'.

import { problemDetail, problemFieldErrors } from "@/lib/api/problem-body";

export type UploadOutcome =
  { ok: true; id: string; round: number; url: string } | { ok: false; status: number; message: string; fieldErrors: Record<string, string[]> };

export interface UploadRequest {
  dealId: string;
  file: File;
  title: string;
  receivedOn: string;
  /** 0–1 while the bytes go up; called with 1 when they are all sent (then the server analyses). */
  onProgress: (fraction: number) => void;
}

const NETWORK_MESSAGE = "The upload did not reach the server (connection lost?). Nothing was saved; try again.";

export function uploadDraft({ dealId, file, title, receivedOn, onProgress }: UploadRequest): Promise<UploadOutcome> {
  const query = new URLSearchParams({ title, receivedOn, fileName: file.name, mediaType: file.type });
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/v1/deals/${encodeURIComponent(dealId)}/drafts?${query}`);
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.upload.onload = () => onProgress(1);
    xhr.onerror = () => resolve({ ok: false, status: 0, message: NETWORK_MESSAGE, fieldErrors: {} });
    xhr.onload = () => {
      let body: { id?: string; round?: number; url?: string } = {};
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // A proxy's HTML error page: the status says enough.
      }
      if (xhr.status === 201 && body.id && body.url) {
        resolve({ ok: true, id: body.id, round: body.round ?? 0, url: body.url });
        return;
      }
      resolve({
        ok: false,
        status: xhr.status,
        message: problemDetail(body, `The upload failed (HTTP ${xhr.status}). Nothing was saved.`),
        fieldErrors: problemFieldErrors(body),
      });
    };
    xhr.send(file);
  });
}
