package org.civicbot.bot.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civicbot.classifier.TrainingCorpus;
import org.junit.jupiter.api.Test;

/**
 * The month's rhythm: quiet nights, busy mornings and evenings, quieter weekends, the storm day; and the same month
 * each time.
 */
class TrafficTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final SimulationSettings MONTH = new SimulationSettings(60_000, 1, LocalDate.of(2027, 1, 1), 31,
            18, 5, Staffing.DEMO, "", 0.3, 2, Duration.ofMinutes(1), Duration.ofDays(14), false);
    private static final List<String> QUESTIONS = List.of("När hämtas soporna i Gruvlyckan?",
            "Hur ansöker jag om bygglov för ett plank?");
    private static final List<Traffic.Arrival> ARRIVALS =
            Traffic.month(MONTH, ZONE, TrainingCorpus.bundled(), QUESTIONS);

    @Test
    void theMonthHasTheMessagesAskedForInOrderOnEveryChannel() {
        assertThat(ARRIVALS).hasSize(60_000);
        assertThat(ARRIVALS).isSortedAccordingTo((a, b) -> a.at().compareTo(b.at()));
        assertThat(ARRIVALS).extracting(a -> a.message().externalId()).doesNotHaveDuplicates();
        assertThat(ARRIVALS.stream().map(a -> a.message().channel()).distinct()).hasSize(5);
    }

    @Test
    void aboutTheAskedShareOfOrdinaryMessagesComesFromTheQuestionSet() {
        Map<Traffic.Source, Long> bySource = count(Traffic.Arrival::source);
        double share = (double) bySource.get(Traffic.Source.QUESTION_SET)
                / (bySource.get(Traffic.Source.QUESTION_SET) + bySource.get(Traffic.Source.CORPUS));
        assertThat(share).isBetween(0.28, 0.32);
        assertThat(ARRIVALS).filteredOn(a -> a.source() == Traffic.Source.QUESTION_SET)
                .allSatisfy(a -> assertThat(QUESTIONS).contains(a.message().text()));
    }

    @Test
    void nightsAreQuietAndMorningsAndEveningsBusy() {
        Map<Integer, Long> byHour = count(a -> local(a).getHour());
        assertThat(byHour.get(3) * 10).isLessThan(byHour.get(8));
        assertThat(byHour.get(3) * 10).isLessThan(byHour.get(18));
        assertThat(byHour.get(14)).isLessThan(byHour.get(8));
    }

    @Test
    void weekendsAreQuieterThanWeekdays() {
        Map<LocalDate, Long> byDay = count(a -> local(a).toLocalDate());
        assertThat(byDay.get(LocalDate.of(2027, 1, 9))).as("a Saturday")
                .isLessThan(byDay.get(LocalDate.of(2027, 1, 11)) * 3 / 4).as("the Monday after");
        assertThat(LocalDate.of(2027, 1, 9).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    }

    @Test
    void theStormDayBringsAboutFiveTimesAnOrdinaryMondayMostlyFaultReportsInTheMorning() {
        Map<LocalDate, Long> byDay = count(a -> local(a).toLocalDate());
        long storm = byDay.get(LocalDate.of(2027, 1, 18));
        long ordinaryMonday = byDay.get(LocalDate.of(2027, 1, 11));
        assertThat(storm).isBetween(ordinaryMonday * 4, ordinaryMonday * 6);
        assertThat(ARRIVALS).filteredOn(a -> a.source() == Traffic.Source.STORM)
                .allSatisfy(a -> assertThat(local(a).getHour()).isBetween(4, 12))
                .allSatisfy(a -> assertThat(local(a).toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 18)));
    }

    @Test
    void theSameSeedGivesTheSameMonth() {
        List<Traffic.Arrival> again = Traffic.month(MONTH, ZONE, TrainingCorpus.bundled(), QUESTIONS);
        assertThat(again).isEqualTo(ARRIVALS);
    }

    private static ZonedDateTime local(Traffic.Arrival arrival) {
        return arrival.at().atZone(ZONE);
    }

    private static <K> Map<K, Long> count(Function<Traffic.Arrival, K> key) {
        return ARRIVALS.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
