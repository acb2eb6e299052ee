-- Staff away (holiday, sick leave) with a stand-in: while an absence runs, their messages and the warnings and
-- escalations meant for them go to the stand-in; when it ends, they come back by themselves (worked out when
-- read, never copied).
CREATE TABLE staff_absence (
    id         bigserial PRIMARY KEY,
    staff      text        NOT NULL,
    starts_at  timestamptz NOT NULL,
    ends_at    timestamptz NOT NULL,
    stand_in   text        NOT NULL,
    created_at timestamptz NOT NULL,
    CHECK (ends_at > starts_at),
    CHECK (stand_in <> staff)
);
CREATE INDEX staff_absence_staff_idx ON staff_absence (staff, starts_at);
