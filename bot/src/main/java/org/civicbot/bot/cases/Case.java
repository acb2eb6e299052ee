package org.civicbot.bot.cases;

import java.time.Instant;

import org.civicbot.bot.location.StoredLocation;

/**
 * A case (ärende): a fault report or opinion that a unit must act on and answer.
 *
 * @param number        human-readable, per year: {@code 2026-000123}
 * @param location      where the problem is: the best location of the message that opened it; null when it
 *                      gave none
 * @param replyDeadline when the citizen must have had a reply from a person
 * @param firstReplyAt  when a person first replied; null until then
 * @param pausedAt      since when the reply deadline's clock has stopped (waiting for the citizen); null when running
 * @param expectedResolutionAt when the unit expects to have fixed it (the topic's resolution target); null when
 *                      the topic has none
 * @param resolvedAt    when it was last marked resolved; null while not resolved
 * @param trackingToken the unguessable token of its public tracking page {@code /t/{token}}
 * @param areaCode      the area whose routing rule decided its unit; null when routed by topic alone
 * @param reports       how many citizen messages report it (duplicates join the first report's case)
 */
public record Case(
        long id,
        String number,
        String category,
        String topic,
        String unitCode,
        String unitName,
        CaseStatus status,
        StoredLocation location,
        Instant openedAt,
        Instant replyDeadline,
        Instant firstReplyAt,
        Instant pausedAt,
        Instant expectedResolutionAt,
        Instant resolvedAt,
        String trackingToken,
        String areaCode,
        int reports) {
}
