import type { Role } from "@/lib/domain/enums";

export const ROLE_LABEL: Record<Role, string> = {
  ADMIN: "Admin",
  CIO: "CIO",
  MANAGER: "Manager",
  NEGOTIATOR: "Negotiator",
  VIEWER: "Viewer",
};
