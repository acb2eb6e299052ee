package org.civicbot.bot.sla;

import java.time.Instant;

/**
 * Something the reply-guarantee monitor did for one message, once: a warning, an escalation, or the record of a
 * breach and why it happened.
 *
 * @param recipient who was told (a staff member's name); null for a breach record
 * @param cause     for a breach, why the message was not answered in time ({@link Cause}); null otherwise
 */
public record SlaEvent(long id, long messageId, Kind kind, String recipient, Instant at, Instant deadline,
                       Cause cause) {

    public enum Kind {
        /** The assignee (or the unit lead when there is none) is warned that the deadline is near. */
        WARNING,
        /** The unit lead is told the deadline is about to pass. */
        ESCALATED_TO_UNIT_LEAD,
        /** The contact-centre supervisor is told the deadline passed. */
        ESCALATED_TO_SUPERVISOR,
        /** The deadline passed without a reply. */
        BREACH
    }

    /** Why a message went unanswered past its deadline, from what the record shows at that moment. */
    public enum Cause {
        /** It was never decided: the queue or the pipeline was down or behind. */
        NOT_DECIDED,
        /** A reply was written but the platform would not take it. */
        DELIVERY_FAILED,
        /** Nobody took it. */
        UNASSIGNED,
        /** Someone had it and did not reply in time. */
        NOT_ANSWERED
    }
}
