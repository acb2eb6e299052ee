package org.civicbot.bot.publicpages;

import java.time.Instant;

import org.civicbot.bot.cases.CaseStatus;

/**
 * An open fault as the public may see it: what, where and how far along, nothing about who reported it or what
 * they wrote.
 *
 * @param place      the location's canonical form (an address, a street, a place name), never the citizen's words
 * @param updatedAt  the latest change of status the citizen could see (its opening, a status change, a merge); not
 *                   internal notes
 * @param expectedResolutionAt null when the topic has no resolution target
 */
record PublicFault(String topic, CaseStatus status, double lat, double lon, String place, Instant reportedAt,
                   Instant updatedAt, Instant expectedResolutionAt) {
}
