-- A published playbook version never changes: deals pinned to it read it years later, and the
-- version history and its diffs must show what was really published. No UPDATE or DELETE of a
-- version's sections, clauses, pitches, scenarios, process steps or their links, whoever asks. The
-- exceptions: deleting a whole organisation (the foreign keys' cascade reaches these rows after the
-- organisation row is gone), and deal-specific clauses (Clause."dealId" set: they belong to one deal,
-- not to the playbook, and negotiators edit, move and remove them). A "Playbook" row may only change
-- whether it is the current version.
CREATE OR REPLACE FUNCTION "dp_playbook_version_immutable"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'Playbook' THEN
    IF TG_OP = 'UPDATE' AND (NEW."id", NEW."organizationId", NEW."version", NEW."name", NEW."createdAt", NEW."changeSummary", NEW."publishedById")
        IS NOT DISTINCT FROM (OLD."id", OLD."organizationId", OLD."version", OLD."name", OLD."createdAt", OLD."changeSummary", OLD."publishedById") THEN
      RETURN NEW;
    END IF;
    IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM "Organization" o WHERE o."id" = OLD."organizationId") THEN
      RETURN OLD;
    END IF;
  ELSIF TG_TABLE_NAME IN ('ClausePitch', 'ScenarioClause') THEN
    IF NOT EXISTS (
      SELECT 1 FROM "Clause" c JOIN "Playbook" p ON p."id" = c."playbookId" JOIN "Organization" o ON o."id" = p."organizationId"
      WHERE c."id" = OLD."clauseId" AND c."dealId" IS NULL
    ) THEN
      IF TG_OP = 'DELETE' THEN
        RETURN OLD;
      END IF;
      RETURN NEW;
    END IF;
  ELSE
    IF TG_TABLE_NAME = 'Clause' THEN
      IF OLD."dealId" IS NOT NULL AND (TG_OP = 'DELETE' OR NEW."dealId" IS NOT NULL) THEN
        IF TG_OP = 'DELETE' THEN
          RETURN OLD;
        END IF;
        RETURN NEW;
      END IF;
    END IF;
    IF TG_OP = 'DELETE' AND NOT EXISTS (
      SELECT 1 FROM "Playbook" p JOIN "Organization" o ON o."id" = p."organizationId" WHERE p."id" = OLD."playbookId"
    ) THEN
      RETURN OLD;
    END IF;
  END IF;
  RAISE EXCEPTION 'published playbook versions cannot be changed (% on % refused)', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "Playbook_immutable" BEFORE UPDATE OR DELETE ON "Playbook" FOR EACH ROW EXECUTE FUNCTION "dp_playbook_version_immutable"();
CREATE TRIGGER "Layer_immutable" BEFORE UPDATE OR DELETE ON "Layer" FOR EACH ROW EXECUTE FUNCTION "dp_playbook_version_immutable"();
CREATE TRIGGER "Clause_immutable" BEFORE UPDATE OR DELETE ON "Clause" FOR EACH ROW EXECUTE FUNCTION "dp_playbook_version_immutable"();
CREATE TRIGGER "Pitch_immutable" BEFORE UPDATE OR DELETE ON "Pitch" FOR EACH ROW EXECUTE FUNCTION "dp_playbook_version_immutable"();
CREATE TRIGGER "Scenario_immutable" BEFORE UPDATE OR DELETE ON "Scenario" FOR EACH ROW EXECUTE FUNCTION "dp_playbook_version_immutable"();
CREATE TRIGGER "Recommendation_immutable" BEFORE UPDATE OR DELETE ON "Recommendation" FOR EACH ROW EXECUTE FUNCTION "dp_playbook_version_immutable"();
CREATE TRIGGER "ClausePitch_immutable" BEFORE UPDATE OR DELETE ON "ClausePitch" FOR EACH ROW EXECUTE FUNCTION "dp_playbook_version_immutable"();
CREATE TRIGGER "ScenarioClause_immutable" BEFORE UPDATE OR DELETE ON "ScenarioClause" FOR EACH ROW EXECUTE FUNCTION "dp_playbook_version_immutable"();
