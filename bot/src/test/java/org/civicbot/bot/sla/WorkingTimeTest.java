package org.civicbot.bot.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Reply deadlines counted over weekends, Swedish holidays and daylight-saving changes. */
class WorkingTimeTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final WorkingTime OFFICE = WorkingTime.officeHours(STOCKHOLM, LocalTime.of(8, 0), LocalTime.of(17, 0),
            WEEKDAYS, new SwedishHolidays(EnumSet.allOf(SwedishHolidays.Eve.class)));
    private static final WorkingTime CALENDAR = WorkingTime.calendar(STOCKHOLM);

    @Test
    void calendarTimeIsElapsedTimeAlsoWhenTheClocksGoForward() {
        // Sunday 29 March 2026 the clocks go from 02:00 to 03:00: 48 hours from Saturday 10:00 is Monday 11:00.
        Instant saturday = local(2026, 3, 28, 10, 0);

        assertThat(CALENDAR.plus(saturday, Duration.ofHours(48))).isEqualTo(local(2026, 3, 30, 11, 0));
        assertThat(CALENDAR.between(saturday, local(2026, 3, 30, 11, 0))).isEqualTo(Duration.ofHours(48));
    }

    @Test
    void calendarTimeAlsoWhenTheClocksGoBack() {
        // Sunday 25 October 2026 the clocks go from 03:00 back to 02:00: 48 hours from Saturday 10:00 is Monday 09:00.
        assertThat(CALENDAR.plus(local(2026, 10, 24, 10, 0), Duration.ofHours(48))).isEqualTo(local(2026, 10, 26, 9, 0));
    }

    @Test
    void officeHoursSkipTheWeekend() {
        // Friday 16:00 + 2 office hours: one hour on Friday, one on Monday from 08:00.
        assertThat(OFFICE.plus(local(2026, 11, 27, 16, 0), Duration.ofHours(2))).isEqualTo(local(2026, 11, 30, 9, 0));
        // A message on Saturday starts counting on Monday morning.
        assertThat(OFFICE.plus(local(2026, 11, 28, 12, 0), Duration.ofHours(1))).isEqualTo(local(2026, 11, 30, 9, 0));
    }

    @Test
    void fortyEightOfficeHoursAreFiveWorkingDaysAndThreeHours() {
        // 48 h = 5 × 9 h + 3 h: Monday 08:00 → the next Monday 11:00.
        assertThat(OFFICE.plus(local(2026, 11, 30, 8, 0), Duration.ofHours(48))).isEqualTo(local(2026, 12, 7, 11, 0));
    }

    @Test
    void aDeadlineAtClosingTimeStaysOnThatDay() {
        assertThat(OFFICE.plus(local(2026, 12, 1, 8, 0), Duration.ofHours(9))).isEqualTo(local(2026, 12, 1, 17, 0));
    }

    @Test
    void easterIsClosedFromGoodFridayToEasterMonday() {
        // Maundy Thursday 2 April 2026 16:00 + 2 h: Good Friday and Easter Monday are holidays → Tuesday 7 April 09:00.
        assertThat(OFFICE.plus(local(2026, 4, 2, 16, 0), Duration.ofHours(2))).isEqualTo(local(2026, 4, 7, 9, 0));
    }

    @Test
    void christmasAndNewYearAreClosedWithTheirEvesAsConfigured() {
        // Wednesday 23 Dec 2026 16:00 + 2 h: 24, 25 (Fri) closed, weekend, Mon 28 → 09:00 on the 28th.
        assertThat(OFFICE.plus(local(2026, 12, 23, 16, 0), Duration.ofHours(2))).isEqualTo(local(2026, 12, 28, 9, 0));
        // Wednesday 30 Dec 16:00 + 2 h: New Year's eve (Thu) and day (Fri) closed, weekend → Monday 4 January 09:00.
        assertThat(OFFICE.plus(local(2026, 12, 30, 16, 0), Duration.ofHours(2))).isEqualTo(local(2027, 1, 4, 9, 0));
    }

    @Test
    void aMunicipalityThatWorksOnTheEvesCountsThem() {
        WorkingTime openOnEves = WorkingTime.officeHours(STOCKHOLM, LocalTime.of(8, 0), LocalTime.of(17, 0), WEEKDAYS,
                new SwedishHolidays(Set.of()));

        // Midsummer eve, Friday 19 June 2026, is a working day here.
        assertThat(openOnEves.plus(local(2026, 6, 18, 16, 0), Duration.ofHours(2))).isEqualTo(local(2026, 6, 19, 9, 0));
        assertThat(OFFICE.plus(local(2026, 6, 18, 16, 0), Duration.ofHours(2))).isEqualTo(local(2026, 6, 22, 9, 0));
    }

    @Test
    void officeHoursAreLocalTimeOnBothSidesOfADaylightSavingChange() {
        // Friday 27 March 16:00 (UTC+1) + 2 h → Monday 30 March 09:00 (UTC+2).
        Instant deadline = OFFICE.plus(local(2026, 3, 27, 16, 0), Duration.ofHours(2));

        assertThat(deadline).isEqualTo(local(2026, 3, 30, 9, 0));
        assertThat(deadline).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
    }

    @Test
    void workingTimeBetweenCountsOnlyOpenHours() {
        assertThat(OFFICE.between(local(2026, 11, 27, 16, 0), local(2026, 11, 30, 9, 0))).isEqualTo(Duration.ofHours(2));
        assertThat(OFFICE.between(local(2026, 11, 28, 0, 0), local(2026, 11, 29, 23, 0))).isEqualTo(Duration.ZERO);
        assertThat(OFFICE.between(local(2026, 11, 30, 9, 0), local(2026, 11, 27, 16, 0))).isEqualTo(Duration.ZERO);
    }

    @Test
    void plusAndBetweenAgreeSoAPausedDeadlineCanBeResumed() {
        Instant from = local(2026, 12, 22, 10, 30);
        Instant deadline = OFFICE.plus(from, Duration.ofHours(48));

        assertThat(OFFICE.between(from, deadline)).isEqualTo(Duration.ofHours(48));
    }

    @Test
    void officeHoursThatCannotBeCountedAreRefused() {
        assertThatThrownBy(() -> WorkingTime.officeHours(STOCKHOLM, LocalTime.of(17, 0), LocalTime.of(8, 0), WEEKDAYS,
                new SwedishHolidays(Set.of()))).hasMessageContaining("open before they close");
        assertThatThrownBy(() -> WorkingTime.officeHours(STOCKHOLM, LocalTime.of(8, 0), LocalTime.of(17, 0), Set.of(),
                new SwedishHolidays(Set.of()))).hasMessageContaining("at least one working day");
    }

    private static Instant local(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(STOCKHOLM).toInstant();
    }
}
