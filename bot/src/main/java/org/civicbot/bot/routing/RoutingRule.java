package org.civicbot.bot.routing;

import java.util.List;

/**
 * One routing rule. Exactly one of {@code unit} and {@code redirectSv} is set.
 *
 * @param topics     the topics it applies to; empty for any
 * @param area       the area the case must be in; null for anywhere
 * @param unit       the unit that gets the case
 * @param redirectSv what the citizen is told instead of getting a case (whom to contact), in Swedish
 * @param redirectEn the same in English; null to use the Swedish text
 */
public record RoutingRule(List<String> topics, String area, String unit, String redirectSv, String redirectEn) {

    public RoutingRule {
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    boolean appliesTo(String topic) {
        return topics.isEmpty() || topics.contains(topic);
    }
}
