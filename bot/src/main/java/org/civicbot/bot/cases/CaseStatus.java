package org.civicbot.bot.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a case (ärende) at the responsible unit. Which changes are allowed is part of the status:
 * a resolved case can be reopened (the citizen says it is not fixed), a closed or duplicate one cannot.
 */
public enum CaseStatus {
    NEW, IN_PROGRESS, WAITING_FOR_CITIZEN, RESOLVED, CLOSED, DUPLICATE;

    /** The statuses this one may change to. */
    public Set<CaseStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(IN_PROGRESS, WAITING_FOR_CITIZEN, RESOLVED, DUPLICATE);
            case IN_PROGRESS -> EnumSet.of(WAITING_FOR_CITIZEN, RESOLVED, DUPLICATE);
            case WAITING_FOR_CITIZEN -> EnumSet.of(IN_PROGRESS, RESOLVED, DUPLICATE);
            case RESOLVED -> EnumSet.of(IN_PROGRESS, CLOSED);
            case CLOSED, DUPLICATE -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    /** Still being worked on: not resolved, closed or merged into another case. */
    public boolean isOpen() {
        return this == NEW || this == IN_PROGRESS || this == WAITING_FOR_CITIZEN;
    }
}
