"use client";

import { createContext, useContext } from "react";
import type { Priority } from "@/lib/domain/enums";

// What every edit form of the review page needs, given once for the page instead of to each of a
// long draft's passages: the draft and the version of its review the page shows, whether it may be
// edited, and the deal's clauses a passage may be mapped to.

export interface ReviewClauseOption {
  id: string;
  title: string;
  section: string;
  priority: Priority;
}

export interface DraftReviewContextValue {
  draftId: string;
  version: number;
  editable: boolean;
  clauses: ReviewClauseOption[];
}

const DraftReviewContext = createContext<DraftReviewContextValue | null>(null);

export function DraftReviewProvider({ value, children }: { value: DraftReviewContextValue; children: React.ReactNode }) {
  return <DraftReviewContext.Provider value={value}>{children}</DraftReviewContext.Provider>;
}

export function useDraftReview(): DraftReviewContextValue {
  const value = useContext(DraftReviewContext);
  if (!value) throw new Error("useDraftReview outside DraftReviewProvider");
  return value;
}
