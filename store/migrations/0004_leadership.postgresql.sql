-- One stream reader among replicas (store/leader.py): a lease row whose term grows at every
-- takeover, a history of terms, and the fence: the database itself refuses an intake write
-- (request, recorded skip, stream position) whose transaction does not carry the current term.
-- Times are the database's clock, so replicas' clocks never have to agree.
CREATE TABLE leadership (
    name TEXT PRIMARY KEY,
    term BIGINT NOT NULL,
    holder TEXT NOT NULL,
    lease_until TIMESTAMPTZ NOT NULL,
    acquired_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE leadership_terms (
    term BIGINT PRIMARY KEY,
    holder TEXT NOT NULL,
    started_at TIMESTAMPTZ NOT NULL,
    previous_holder TEXT,
    previous_released BOOLEAN NOT NULL DEFAULT FALSE  -- handed over (SIGTERM), not expired
);

ALTER TABLE requests ADD COLUMN term BIGINT;
ALTER TABLE skips ADD COLUMN term BIGINT;
ALTER TABLE positions ADD COLUMN term BIGINT;

-- A writer names its term with set_config('outingwatch.term', N, true) in the transaction.
-- FOR SHARE holds the lease row until the write commits: a takeover (which updates the row)
-- waits for it, and a write that waited for a takeover sees the new term and is refused. Without
-- any elected leader, a writer that names no term (one process, the tools) may write.
CREATE FUNCTION outingwatch_fence() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    claimed TEXT := coalesce(current_setting('outingwatch.term', true), '');
    current_term BIGINT;
BEGIN
    SELECT l.term INTO current_term FROM leadership l WHERE l.name = 'reader' FOR SHARE;
    IF current_term IS NULL AND claimed = '' THEN
        RETURN NEW;
    END IF;
    IF claimed = '' OR claimed::BIGINT IS DISTINCT FROM current_term THEN
        RAISE EXCEPTION 'fenced: write of term % refused, the current term is %',
            CASE WHEN claimed = '' THEN 'none' ELSE claimed END, current_term
            USING ERRCODE = 'OWF01';
    END IF;
    NEW.term := current_term;
    RETURN NEW;
END
$$;

CREATE TRIGGER requests_fence BEFORE INSERT ON requests
    FOR EACH ROW EXECUTE FUNCTION outingwatch_fence();
CREATE TRIGGER skips_fence BEFORE INSERT ON skips
    FOR EACH ROW EXECUTE FUNCTION outingwatch_fence();
CREATE TRIGGER positions_fence BEFORE INSERT OR UPDATE ON positions
    FOR EACH ROW EXECUTE FUNCTION outingwatch_fence();
