import "./me";
import "./deals";
import "./portfolio";
import "./playbook";
import "./openapi";
import "./deal-clauses";
import "./analyze";
import "./drafts";
import "./manifests";
import "./schemas";

// Importing this module defines every /api/v1 endpoint (API_ROUTES), for the OpenAPI document and the tests.
export { API_ROUTES } from "@/lib/api/define-api-route";
