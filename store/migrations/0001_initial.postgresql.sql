-- The queue, its audit log, the consumers' stream positions, skipped edits, oversighters, sessions.
-- Times are epoch milliseconds; types and reasons are JSONB arrays of strings.
CREATE TABLE requests (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    wiki TEXT NOT NULL,
    rev_id BIGINT NOT NULL,
    rc_id BIGINT,
    server_url TEXT NOT NULL,
    server_name TEXT NOT NULL,
    script_path TEXT NOT NULL,
    namespace INTEGER NOT NULL,
    title TEXT NOT NULL,
    editor TEXT NOT NULL,
    event_time BIGINT NOT NULL,
    score DOUBLE PRECISION NOT NULL,
    types JSONB NOT NULL,
    reasons JSONB NOT NULL,
    excerpt TEXT NOT NULL,
    detected_at BIGINT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    claimed_by TEXT,
    lease_until BIGINT,
    created_at BIGINT NOT NULL,
    resolved_at BIGINT,
    outcome TEXT,
    note TEXT,
    purged_at BIGINT,
    UNIQUE (wiki, rev_id)
);
CREATE INDEX requests_by_priority ON requests (state, score DESC, created_at, id);
CREATE INDEX requests_by_resolved ON requests (resolved_at) WHERE resolved_at IS NOT NULL;

CREATE TABLE fingerprints (
    fingerprint TEXT NOT NULL,
    request_id BIGINT NOT NULL REFERENCES requests (id),
    PRIMARY KEY (fingerprint, request_id)
);
CREATE INDEX fingerprints_by_request ON fingerprints (request_id);

CREATE TABLE audit (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id BIGINT NOT NULL REFERENCES requests (id),
    actor TEXT NOT NULL,
    at BIGINT NOT NULL,
    from_state TEXT,
    to_state TEXT NOT NULL,
    note TEXT
);
CREATE INDEX audit_by_request ON audit (request_id, id);

CREATE TABLE positions (
    consumer TEXT PRIMARY KEY,
    last_event_id TEXT NOT NULL,
    event_time_ms BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE skips (
    wiki TEXT NOT NULL,
    rev_id BIGINT NOT NULL,
    reason TEXT NOT NULL,
    at BIGINT NOT NULL,
    PRIMARY KEY (wiki, rev_id)
);

CREATE TABLE users (
    name TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);

CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    user_name TEXT NOT NULL REFERENCES users (name),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
