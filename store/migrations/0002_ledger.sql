-- The content-free ledger of judged revisions and the suppressions seen on the wikis
-- (revision-visibility-change). No text, no values, no titles, no user names: a revision is
-- named by wiki and id only. Times are epoch milliseconds; judged_at and seen_at are the
-- service's clock (retention, report windows), event_time the wiki's.
CREATE TABLE judged (
    wiki TEXT NOT NULL,
    rev_id BIGINT NOT NULL,
    score DOUBLE PRECISION NOT NULL,
    tier TEXT NOT NULL,
    kind TEXT NOT NULL,
    flagged SMALLINT NOT NULL,
    event_time BIGINT NOT NULL,
    judged_at BIGINT NOT NULL,
    PRIMARY KEY (wiki, rev_id)
);
CREATE INDEX judged_by_time ON judged (judged_at);
CREATE INDEX judged_flagged_by_time ON judged (judged_at) WHERE flagged = 1;

CREATE TABLE suppressions (
    wiki TEXT NOT NULL,
    rev_id BIGINT NOT NULL,
    hidden TEXT NOT NULL,
    suppressed SMALLINT NOT NULL,
    event_time BIGINT NOT NULL,
    seen_at BIGINT NOT NULL,
    PRIMARY KEY (wiki, rev_id)
);
CREATE INDEX suppressions_by_time ON suppressions (seen_at);
