-- Supervision: who a mark told (its lifting and its reminder tell the same people), and when the one reminder of a
-- mark still open after its due date went out (set once, by whichever node claims it first).

ALTER TABLE supervision_mark ADD reminded_at TIMESTAMP;

CREATE TABLE supervision_recipient (
    mark_id  ${bigint}   NOT NULL REFERENCES supervision_mark (id),
    username VARCHAR(64) NOT NULL,
    PRIMARY KEY (mark_id, username)
);

CREATE INDEX ix_supervision_open_due ON supervision_mark (lifted_at, reminded_at, due_on);
