package org.civicbot.bot.cases;

import java.time.Instant;

/**
 * One entry of a case's audit trail.
 *
 * @param actor who did it: a staff member's name, or {@link #CIVICBOT} for the bot and its jobs
 * @param from  the status before a {@link Kind#STATUS} change; null otherwise
 * @param to    the status after it (and a new case's first status); null for notes
 */
public record CaseEvent(long id, Instant at, String actor, Kind kind, CaseStatus from, CaseStatus to, String note) {

    public static final String CIVICBOT = "civicbot";

    public enum Kind {
        /** The case was opened. */
        OPENED,
        /** Its status changed. */
        STATUS,
        /** An internal note: for staff, never sent to the citizen. */
        NOTE
    }
}
