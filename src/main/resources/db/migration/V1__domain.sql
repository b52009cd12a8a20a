-- The KesuDesk domain, version 1.
-- Rows that users edit carry a stable UUID (they travel between offices in exchange files)
-- and a row version that grows with every change (to detect concurrent edits on import).

CREATE TABLE region (
    id          UUID         NOT NULL PRIMARY KEY,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    parent_id   UUID,
    row_version BIGINT       NOT NULL DEFAULT 1,
    CONSTRAINT region_code_unique UNIQUE (code),
    CONSTRAINT region_kind_check CHECK (kind IN ('CITY', 'COUNTY')),
    CONSTRAINT region_parent_fk FOREIGN KEY (parent_id) REFERENCES region (id)
);

-- A plan is the notice (通知) together with the implementation plan (实施方案) it issues.
CREATE TABLE plan (
    id             UUID          NOT NULL PRIMARY KEY,
    region_id      UUID,
    doc_number     VARCHAR(100),
    title          VARCHAR(500),
    issuer         VARCHAR(200),
    issue_date     DATE,
    addressees     VARCHAR(2000),
    notice_body    CLOB,
    copied_to      VARCHAR(2000),
    printed_by     VARCHAR(200),
    printed_date   DATE,
    plan_title     VARCHAR(500),
    goal_text      CLOB,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version    BIGINT        NOT NULL DEFAULT 1,
    CONSTRAINT plan_region_fk FOREIGN KEY (region_id) REFERENCES region (id)
);

-- The plan as an ordered tree: section → item (action, project, safeguard) → task → sub-task.
CREATE TABLE plan_node (
    id          UUID          NOT NULL PRIMARY KEY,
    plan_id     UUID          NOT NULL,
    parent_id   UUID,
    kind        VARCHAR(16)   NOT NULL,
    ordinal     INT           NOT NULL,
    label       VARCHAR(32)   NOT NULL,
    title       VARCHAR(1000) NOT NULL,
    body        CLOB          NOT NULL,
    row_version BIGINT        NOT NULL DEFAULT 1,
    CONSTRAINT plan_node_kind_check
        CHECK (kind IN ('SECTION', 'ACTION', 'PROJECT', 'SAFEGUARD', 'TASK', 'SUBTASK')),
    CONSTRAINT plan_node_ordinal_check CHECK (ordinal >= 0),
    CONSTRAINT plan_node_plan_fk FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT plan_node_parent_fk FOREIGN KEY (parent_id) REFERENCES plan_node (id) ON DELETE CASCADE
);
CREATE INDEX plan_node_plan_idx ON plan_node (plan_id, parent_id, ordinal);
CREATE INDEX plan_node_parent_idx ON plan_node (parent_id, ordinal);

-- The unit catalogue: departments that lead items or carry out tasks.
-- precedence is the official order in which units are listed (smaller comes first).
CREATE TABLE unit (
    id          UUID         NOT NULL PRIMARY KEY,
    region_id   UUID,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(32),
    precedence  INT          NOT NULL,
    row_version BIGINT       NOT NULL DEFAULT 1,
    CONSTRAINT unit_region_fk FOREIGN KEY (region_id) REFERENCES region (id)
);
CREATE INDEX unit_name_idx ON unit (name);

CREATE TABLE unit_alias (
    id          UUID         NOT NULL PRIMARY KEY,
    unit_id     UUID         NOT NULL,
    alias       VARCHAR(200) NOT NULL,
    row_version BIGINT       NOT NULL DEFAULT 1,
    CONSTRAINT unit_alias_unit_fk FOREIGN KEY (unit_id) REFERENCES unit (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX unit_alias_alias_idx ON unit_alias (alias);

-- Who leads an item (LEAD) or carries out a task (RESPONSIBLE), in the stored order (position).
CREATE TABLE assignment (
    id          UUID        NOT NULL PRIMARY KEY,
    node_id     UUID        NOT NULL,
    unit_id     UUID        NOT NULL,
    role        VARCHAR(16) NOT NULL,
    position    INT         NOT NULL,
    row_version BIGINT      NOT NULL DEFAULT 1,
    CONSTRAINT assignment_role_check CHECK (role IN ('LEAD', 'RESPONSIBLE')),
    CONSTRAINT assignment_position_check CHECK (position >= 0),
    CONSTRAINT assignment_unique UNIQUE (node_id, unit_id, role),
    CONSTRAINT assignment_node_fk FOREIGN KEY (node_id) REFERENCES plan_node (id) ON DELETE CASCADE,
    CONSTRAINT assignment_unit_fk FOREIGN KEY (unit_id) REFERENCES unit (id)
);
CREATE INDEX assignment_unit_idx ON assignment (unit_id);

-- Quantitative targets found in the text (每年培训100名科技辅导员, 公民具备科学素质的比例达到12.5%).
-- node_id is empty for the plan's own goals (指导思想和工作目标), which belong to no item or task.
CREATE TABLE indicator (
    id           UUID           NOT NULL PRIMARY KEY,
    plan_id      UUID           NOT NULL,
    node_id      UUID,
    position     INT            NOT NULL,
    wording      VARCHAR(1000)  NOT NULL,
    target_value DECIMAL(20, 4),
    measure      VARCHAR(50),
    period       VARCHAR(16)    NOT NULL,
    row_version  BIGINT         NOT NULL DEFAULT 1,
    CONSTRAINT indicator_period_check CHECK (period IN ('PER_YEAR', 'TOTAL')),
    CONSTRAINT indicator_plan_fk FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT indicator_node_fk FOREIGN KEY (node_id) REFERENCES plan_node (id) ON DELETE CASCADE
);
CREATE INDEX indicator_plan_idx ON indicator (plan_id, node_id, position);
CREATE INDEX indicator_node_idx ON indicator (node_id);

-- 留痕: every change, who made it and what it was before and after. Never edited, so no UUID.
-- plan_id, node_id and unit_id say what the change concerns, for filtering; they have no foreign keys, so that
-- the log outlives what it describes.
CREATE TABLE audit_log (
    id           BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    os_user      VARCHAR(200)  NOT NULL,
    action       VARCHAR(64)   NOT NULL,
    entity_type  VARCHAR(64)   NOT NULL,
    entity_id    UUID,
    plan_id      UUID,
    node_id      UUID,
    unit_id      UUID,
    summary      VARCHAR(1000) NOT NULL,
    before_value CLOB,
    after_value  CLOB
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id);
CREATE INDEX audit_log_node_idx ON audit_log (node_id);
CREATE INDEX audit_log_unit_idx ON audit_log (unit_id);

-- Small per-database settings, such as which plan is the current one.
CREATE TABLE app_setting (
    setting_key   VARCHAR(100)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(2000) NOT NULL
);
