-- A year's work plan (年度工作要点) is a plan of its own — edited, issued and followed with rounds like any plan —
-- made from a plan of several years for one of its years. This remembers which plan and which year. Its parent
-- plan removed, the work plan stays, on its own.
CREATE TABLE work_plan (
    plan_id        UUID NOT NULL PRIMARY KEY,
    parent_plan_id UUID NOT NULL,
    work_year      INT  NOT NULL,
    CONSTRAINT work_plan_plan_fk FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT work_plan_parent_fk FOREIGN KEY (parent_plan_id) REFERENCES plan (id) ON DELETE CASCADE
);
