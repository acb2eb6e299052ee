-- The case lifecycle of issue 7: NEW → IN_PROGRESS → WAITING_FOR_CITIZEN → RESOLVED → CLOSED, or DUPLICATE.
ALTER TABLE "case" DROP CONSTRAINT case_status_check;
UPDATE "case" SET status = 'NEW' WHERE status = 'OPEN';
ALTER TABLE "case" ALTER COLUMN status SET DEFAULT 'NEW';
ALTER TABLE "case" ADD CONSTRAINT case_status_check
    CHECK (status IN ('NEW', 'IN_PROGRESS', 'WAITING_FOR_CITIZEN', 'RESOLVED', 'CLOSED', 'DUPLICATE'));

ALTER TABLE "case"
    -- the reply deadline's clock stops while the case waits for the citizen; it resumes with the time left
    ADD COLUMN paused_at              timestamptz,
    -- when the unit expects to have fixed it: opened-at + the topic's resolution target
    ADD COLUMN expected_resolution_at timestamptz,
    ADD COLUMN resolved_at            timestamptz,
    ADD COLUMN duplicate_of           bigint REFERENCES "case" (id);

-- The audit trail: every status change and every internal note, who, when, from, to. Never updated or deleted.
CREATE TABLE case_event (
    id           bigserial PRIMARY KEY,
    case_id      bigint      NOT NULL REFERENCES "case" (id),
    at           timestamptz NOT NULL,
    actor        text        NOT NULL,
    kind         text        NOT NULL CHECK (kind IN ('OPENED', 'STATUS', 'NOTE')),
    from_status  text,
    to_status    text,
    note         text
);
CREATE INDEX case_event_case_idx ON case_event (case_id, at, id);

-- Every case opened so far gets its opening in the trail.
INSERT INTO case_event (case_id, at, actor, kind, to_status)
SELECT id, opened_at, 'civicbot', 'OPENED', status FROM "case";
