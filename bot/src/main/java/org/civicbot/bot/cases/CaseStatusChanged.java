package org.civicbot.bot.cases;

import java.time.Instant;

/**
 * Published by {@link CaseWorkflow} inside the transaction that changes a case's status, so a listener that
 * writes (a message to the citizen in the outbox) commits or rolls back with the change.
 *
 * @param kase the case after the change
 */
public record CaseStatusChanged(Case kase, CaseStatus from, CaseStatus to, String actor, String note, Instant at) {
}
