-- Where: the position that came with a message (the platform's, or a photo's GPS tags), every location the
-- message gives placed on the map, and the best of them as a point on the message and on its case.

ALTER TABLE message
    ADD COLUMN position_lat         double precision,
    ADD COLUMN position_lon         double precision,
    ADD COLUMN position_accuracy_m  integer,
    ADD COLUMN position_source      text,
    ADD COLUMN location_lat         double precision,
    ADD COLUMN location_lon         double precision,
    ADD COLUMN location_precision_m integer,
    ADD COLUMN location_source      text,
    -- all of them, best first: [{kind, text, normalized, lat, lon, precisionMeters, source, problem?}]
    ADD COLUMN locations            jsonb NOT NULL DEFAULT '[]',
    ADD CONSTRAINT message_position_check CHECK (
        (position_lat IS NULL AND position_lon IS NULL AND position_accuracy_m IS NULL AND position_source IS NULL)
        OR (position_lat BETWEEN -90 AND 90 AND position_lon BETWEEN -180 AND 180
            AND (position_accuracy_m IS NULL OR position_accuracy_m > 0)
            AND position_source IN ('DEVICE', 'PHOTO_EXIF'))),
    ADD CONSTRAINT message_location_point_check CHECK (
        (location_lat IS NULL) = (location_lon IS NULL) AND (location_lat IS NULL) = (location_source IS NULL));

ALTER TABLE "case"
    ADD COLUMN location_lat         double precision,
    ADD COLUMN location_lon         double precision,
    ADD COLUMN location_precision_m integer,
    ADD COLUMN location_source      text,
    ADD CONSTRAINT case_location_point_check CHECK (
        (location_lat IS NULL) = (location_lon IS NULL) AND (location_lat IS NULL) = (location_source IS NULL));
