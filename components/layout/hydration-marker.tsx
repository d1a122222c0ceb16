"use client";

import { useEffect } from "react";

/** Marks the document once React has hydrated it; end-to-end tests wait for it after a full page load. */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}
