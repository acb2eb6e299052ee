package org.civicbot.bot.cases;

/** The life of a case (ärende) at the responsible unit. */
public enum CaseStatus {
    OPEN, IN_PROGRESS, RESOLVED, CLOSED
}
