-- Cases: requests linked by a shared strong value (phone, email, ID number, address, profile,
-- IP address) or name + workplace pair, as keyed hashes only. A member is a flagged revision.
-- Fields: where in an entry a request's information is (text, summary, title, username).
-- Known values: keyed hashes (HMAC, the service's key) of values oversighters suppressed before.
CREATE TABLE cases (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    created_at BIGINT NOT NULL
);
CREATE TABLE case_members (
    wiki TEXT NOT NULL,
    rev_id BIGINT NOT NULL,
    case_id BIGINT NOT NULL REFERENCES cases (id),
    PRIMARY KEY (wiki, rev_id)
);
CREATE INDEX case_members_by_case ON case_members (case_id);
CREATE TABLE case_keys (
    key TEXT NOT NULL,
    wiki TEXT NOT NULL,
    rev_id BIGINT NOT NULL,
    PRIMARY KEY (key, wiki, rev_id)
);
CREATE INDEX case_keys_by_member ON case_keys (wiki, rev_id);

CREATE TABLE known_values (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    digest TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    added_by TEXT NOT NULL,
    added_at BIGINT NOT NULL,
    matches INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE request_fields (
    wiki TEXT NOT NULL,
    rev_id BIGINT NOT NULL,
    fields TEXT NOT NULL,
    PRIMARY KEY (wiki, rev_id)
);
