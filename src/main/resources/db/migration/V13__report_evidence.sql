-- 佐证材料: the files a unit attaches to its report on a task in a round. A file's content is kept once, by its
-- SHA-256, however many reports name it; each attachment keeps the name it was added under.
CREATE TABLE evidence_content (
    hash    VARCHAR(64) NOT NULL PRIMARY KEY,
    size    BIGINT      NOT NULL,
    content BLOB        NOT NULL
);

-- An attachment belongs to a unit's report on a task in a round (not to one version of the report: a later report
-- of the same unit on the same task keeps the files).
CREATE TABLE report_evidence (
    id       UUID                     NOT NULL PRIMARY KEY,
    round_id UUID                     NOT NULL,
    node_id  UUID                     NOT NULL,
    unit_id  UUID                     NOT NULL,
    name     VARCHAR(200)             NOT NULL,
    hash     VARCHAR(64)              NOT NULL,
    added_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT report_evidence_round_fk FOREIGN KEY (round_id) REFERENCES reporting_round (id) ON DELETE CASCADE,
    CONSTRAINT report_evidence_node_fk FOREIGN KEY (node_id) REFERENCES plan_node (id) ON DELETE CASCADE,
    CONSTRAINT report_evidence_unit_fk FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT report_evidence_content_fk FOREIGN KEY (hash) REFERENCES evidence_content (hash)
);
