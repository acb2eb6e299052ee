-- Which model classified each message, staff corrections (training data), and retrained models.
ALTER TABLE message ADD COLUMN classifier_version text;

CREATE TABLE classification_correction (
    id                 bigserial PRIMARY KEY,
    message_id         bigint      NOT NULL REFERENCES message (id),
    previous_category  text,
    previous_topic     text,
    previous_classifier_version text,
    category           text        NOT NULL,
    topic              text        NOT NULL,
    corrected_at       timestamptz NOT NULL
);
CREATE INDEX classification_correction_message_idx ON classification_correction (message_id);

-- A retrained model is stored here and becomes active only if it is not worse on the held-out split.
CREATE TABLE classifier_model (
    version            text PRIMARY KEY,
    model              bytea            NOT NULL,
    trained_at         timestamptz      NOT NULL,
    training_messages  integer          NOT NULL,
    corrections        integer          NOT NULL,
    category_macro_f1  double precision NOT NULL,
    topic_accuracy     double precision NOT NULL,
    active             boolean          NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX classifier_model_one_active_idx ON classifier_model (active) WHERE active;

-- Every retraining run, swapped or not, with the figures that decided it.
CREATE TABLE classifier_retraining (
    id                          bigserial PRIMARY KEY,
    finished_at                 timestamptz      NOT NULL,
    corrections                 integer          NOT NULL,
    previous_version            text             NOT NULL,
    previous_category_macro_f1  double precision NOT NULL,
    previous_topic_accuracy     double precision NOT NULL,
    candidate_version           text             NOT NULL,
    candidate_category_macro_f1 double precision NOT NULL,
    candidate_topic_accuracy    double precision NOT NULL,
    swapped                     boolean          NOT NULL
);
