-- Routing by topic and by area. Areas are GeoJSON polygons: districts, and roads another authority maintains
-- (kind EXTERNAL, with that authority), where the citizen is told whom to contact instead of getting a case.
CREATE TABLE area (
    code       text PRIMARY KEY,
    name       text        NOT NULL,
    kind       text        NOT NULL CHECK (kind IN ('DISTRICT', 'EXTERNAL')),
    authority  text,
    geometry   jsonb       NOT NULL,
    updated_at timestamptz NOT NULL
);

-- Tried in position order; the first whose topics (empty: any) and area (null: anywhere) match decides: a unit,
-- or a redirect text for the citizen.
CREATE TABLE routing_rule (
    position     integer PRIMARY KEY,
    topics       text[]  NOT NULL DEFAULT '{}',
    area_code    text REFERENCES area (code),
    unit_code    text REFERENCES unit (code),
    redirect_sv  text,
    redirect_en  text,
    CHECK ((unit_code IS NULL) <> (redirect_sv IS NULL))
);

-- Moved on by every routing change, so each instance knows when to reload its compiled areas.
CREATE TABLE routing_version (
    id      integer PRIMARY KEY CHECK (id = 1),
    version bigint  NOT NULL
);
INSERT INTO routing_version (id, version) VALUES (1, 0);

-- The area a case was routed by, and the message that was redirected to another authority.
ALTER TABLE "case" ADD COLUMN area_code text;

-- A redirect ("that road is Trafikverket's") is a reply of its own kind.
ALTER TABLE reply DROP CONSTRAINT reply_kind_check;
ALTER TABLE reply ADD CONSTRAINT reply_kind_check
    CHECK (kind IN ('WIKI_ANSWER', 'CASE_ACKNOWLEDGEMENT', 'TRIAGE_ACKNOWLEDGEMENT', 'HANDOVER_ACKNOWLEDGEMENT',
                    'STAFF_REPLY', 'STATUS_UPDATE', 'REDIRECT'));

-- A duplicate report joining an open case is an event in its trail.
ALTER TABLE case_event DROP CONSTRAINT case_event_kind_check;
ALTER TABLE case_event ADD CONSTRAINT case_event_kind_check
    CHECK (kind IN ('OPENED', 'STATUS', 'NOTE', 'REPORT_ADDED', 'MERGED', 'SPLIT'));
