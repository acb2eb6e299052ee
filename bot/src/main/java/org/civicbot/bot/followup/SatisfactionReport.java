package org.civicbot.bot.followup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * How satisfied citizens were with resolved cases: overall, per topic and per unit.
 *
 * @param from the first day counted (the municipality's calendar); null for since the beginning
 * @param to   the last day counted; null for up to now
 */
public record SatisfactionReport(LocalDate from, LocalDate to, Tally overall, List<TopicSatisfaction> byTopic,
                                 List<UnitSatisfaction> byUnit) {

    /**
     * @param counts  answers per score, every score of the scale present (zero when none)
     * @param average the mean score, to two decimals; null without answers
     */
    public record Tally(long answers, Double average, Map<Integer, Long> counts) {

        static Tally of(Collection<SatisfactionAnswers.Count> counts) {
            Map<Integer, Long> perScore = new TreeMap<>();
            for (int score = SatisfactionAnswers.LOWEST; score <= SatisfactionAnswers.HIGHEST; score++) {
                perScore.put(score, 0L);
            }
            counts.forEach(count -> perScore.merge(count.score(), count.answers(), Long::sum));
            long answers = perScore.values().stream().mapToLong(Long::longValue).sum();
            long sum = perScore.entrySet().stream().mapToLong(e -> e.getKey() * e.getValue()).sum();
            Double average = answers == 0 ? null : Math.round(100.0 * sum / answers) / 100.0;
            return new Tally(answers, average, perScore);
        }
    }

    public record TopicSatisfaction(String topic, @JsonUnwrapped Tally tally) {
    }

    public record UnitSatisfaction(String unitCode, String unitName, @JsonUnwrapped Tally tally) {
    }

    static SatisfactionReport of(LocalDate from, LocalDate to, List<SatisfactionAnswers.Count> counts) {
        List<TopicSatisfaction> byTopic = grouped(counts, SatisfactionAnswers.Count::topic).entrySet().stream()
                .map(e -> new TopicSatisfaction(e.getKey(), Tally.of(e.getValue()))).toList();
        List<UnitSatisfaction> byUnit = grouped(counts, SatisfactionAnswers.Count::unitCode).values().stream()
                .map(unit -> new UnitSatisfaction(unit.get(0).unitCode(), unit.get(0).unitName(), Tally.of(unit)))
                .sorted(Comparator.comparing(UnitSatisfaction::unitCode)).toList();
        return new SatisfactionReport(from, to, Tally.of(counts), byTopic, byUnit);
    }

    private static Map<String, List<SatisfactionAnswers.Count>> grouped(
            List<SatisfactionAnswers.Count> counts, Function<SatisfactionAnswers.Count, String> key) {
        return counts.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
    }
}
