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
        NOTE,
        /** Another citizen reported the same thing, and their message joined this case. */
        REPORT_ADDED,
        /** Staff merged another case into this one, or this one into another. */
        MERGED,
        /** Staff split reports off this case into a new one, or this one was split off another. */
        SPLIT
    }
}
