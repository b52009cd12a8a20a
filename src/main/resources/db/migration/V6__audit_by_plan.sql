-- The newest audit entry about a plan, found without reading the whole log: an import checks that nothing about
-- its plan has changed since its preview was worked out.
CREATE INDEX audit_log_plan_idx ON audit_log (plan_id, id);
