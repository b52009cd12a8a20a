-- Following a plan through its years: each item's or task's 完成时限, the reporting rounds the office opens, and the
-- progress each responsible unit reports in a round.

-- A node's deadline, as written: a date ('2023-12-31'), a day of every year ('yearly:12-31') or 'ongoing' (长期坚持).
-- A node without one has no row. Found in the node's text when a plan is stored, then the user's to change.
CREATE TABLE node_deadline (
    node_id  UUID        NOT NULL PRIMARY KEY,
    deadline VARCHAR(20) NOT NULL,
    CONSTRAINT node_deadline_node_fk FOREIGN KEY (node_id) REFERENCES plan_node (id) ON DELETE CASCADE
);

-- A reporting round of a plan (2026年上半年): the period it covers and the day reports are due.
CREATE TABLE reporting_round (
    id           UUID                     NOT NULL PRIMARY KEY,
    plan_id      UUID                     NOT NULL,
    name         VARCHAR(100)             NOT NULL,
    period_start DATE,
    period_end   DATE,
    due          DATE                     NOT NULL,
    opened_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT reporting_round_name_unique UNIQUE (plan_id, name),
    CONSTRAINT reporting_round_plan_fk FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
);

-- What one responsible unit reports on one task in one round; one report each (a later one replaces it).
CREATE TABLE progress_report (
    id          UUID                     NOT NULL PRIMARY KEY,
    round_id    UUID                     NOT NULL,
    node_id     UUID                     NOT NULL,
    unit_id     UUID                     NOT NULL,
    status      VARCHAR(16)              NOT NULL,
    percent     INT                      NOT NULL,
    progress    VARCHAR(20000)           NOT NULL,
    problems    VARCHAR(20000)           NOT NULL,
    next_steps  VARCHAR(20000)           NOT NULL,
    reported_by VARCHAR(100)             NOT NULL,
    reported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT progress_report_status_check
        CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'LAGGING', 'ONGOING')),
    CONSTRAINT progress_report_percent_check CHECK (percent BETWEEN 0 AND 100),
    CONSTRAINT progress_report_unique UNIQUE (round_id, node_id, unit_id),
    CONSTRAINT progress_report_round_fk FOREIGN KEY (round_id) REFERENCES reporting_round (id) ON DELETE CASCADE,
    CONSTRAINT progress_report_node_fk FOREIGN KEY (node_id) REFERENCES plan_node (id) ON DELETE CASCADE,
    CONSTRAINT progress_report_unit_fk FOREIGN KEY (unit_id) REFERENCES unit (id)
);
