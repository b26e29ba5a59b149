-- Schema version 1. Portable SQL: {id} is the driver's auto-numbered primary key and
-- {compact} the driver's clause for tables keyed by their primary key alone.
CREATE TABLE nianbao_meta (
    meta_key VARCHAR(64) NOT NULL PRIMARY KEY,
    meta_value VARCHAR(255) NOT NULL
);
CREATE TABLE organization (
    id {id},
    name VARCHAR(200) NOT NULL UNIQUE,
    address VARCHAR(400) NOT NULL DEFAULT '',
    postcode VARCHAR(20) NOT NULL DEFAULT '',
    phone VARCHAR(100) NOT NULL DEFAULT '',
    email VARCHAR(200) NOT NULL DEFAULT '',
    website VARCHAR(400) NOT NULL DEFAULT '',
    contact_office VARCHAR(200) NOT NULL DEFAULT ''
);
CREATE TABLE period (
    id {id},
    organization_id INTEGER NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    report_year INTEGER NOT NULL CHECK (report_year BETWEEN 2008 AND 2100),
    quarter INTEGER NOT NULL CHECK (quarter BETWEEN 0 AND 4),
    format_id VARCHAR(16) NOT NULL,
    entry VARCHAR(16) NOT NULL DEFAULT 'direct' CHECK (entry IN ('direct', 'quarters')),
    status VARCHAR(16) NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'final')),
    report_date VARCHAR(10),
    UNIQUE (organization_id, report_year, quarter)
);
CREATE TABLE cell_key (
    id {id},
    cell_key VARCHAR(100) NOT NULL UNIQUE
);
CREATE TABLE figure (
    period_id INTEGER NOT NULL REFERENCES period (id) ON DELETE CASCADE,
    cell_id INTEGER NOT NULL REFERENCES cell_key (id),
    amount BIGINT NOT NULL,
    override_reason TEXT,
    PRIMARY KEY (period_id, cell_id)
) {compact};
CREATE TABLE narrative (
    period_id INTEGER NOT NULL REFERENCES period (id) ON DELETE CASCADE,
    part_key VARCHAR(64) NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (period_id, part_key)
);
CREATE TABLE explanation (
    period_id INTEGER NOT NULL REFERENCES period (id) ON DELETE CASCADE,
    rule_id VARCHAR(100) NOT NULL,
    cell_key VARCHAR(100) NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (period_id, rule_id, cell_key)
);
CREATE TABLE source_note (
    period_id INTEGER NOT NULL REFERENCES period (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    scope VARCHAR(100) NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (period_id, seq)
);
-- The log keeps no foreign keys, so it outlives what it describes.
CREATE TABLE audit_log (
    id {id},
    changed_at VARCHAR(32) NOT NULL,
    actor VARCHAR(200) NOT NULL,
    organization_id INTEGER,
    period_id INTEGER,
    action VARCHAR(32) NOT NULL,
    cell_key VARCHAR(100),
    old_value TEXT,
    new_value TEXT,
    reason TEXT
);
CREATE INDEX audit_log_period ON audit_log (period_id, cell_key);
