package org.civicbot.bot.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.civicbot.bot.config.CivicbotProperties.OfficeHours;
import org.civicbot.bot.config.CivicbotProperties.Sla;
import org.civicbot.bot.config.CivicbotProperties.SlaAlerts;
import org.civicbot.bot.config.CivicbotProperties.SlaCounting;
import org.civicbot.bot.config.CivicbotProperties.SlaOverride;
import org.junit.jupiter.api.Test;

class ReplyPolicyTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final OfficeHours HOURS = new OfficeHours(LocalTime.of(8, 0), LocalTime.of(17, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), EnumSet.allOf(SwedishHolidays.Eve.class));
    /** Friday 27 November 2026, 16:00 in Stockholm. */
    private static final Instant FRIDAY_AFTERNOON = LocalDateTime.of(2026, 11, 27, 16, 0).atZone(STOCKHOLM).toInstant();

    private static Sla sla(Duration replyWithin, SlaCounting counting, OfficeHours hours, List<SlaOverride> overrides,
                           Map<String, Duration> resolutionTargets) {
        return new Sla(replyWithin, counting, hours, overrides, resolutionTargets,
                new SlaAlerts(Duration.ofHours(4), Duration.ofHours(1), "chef", Duration.ofSeconds(30)));
    }

    @Test
    void theDefaultIsFortyEightCalendarHours() {
        ReplyPolicy policy = new ReplyPolicy(sla(Duration.ofHours(48), SlaCounting.CALENDAR, HOURS, List.of(), Map.of()),
                STOCKHOLM);

        assertThat(policy.deadlineFor(FRIDAY_AFTERNOON, "sms", "FAULT", "ROADS"))
                .isEqualTo(FRIDAY_AFTERNOON.plus(Duration.ofHours(48)));
    }

    @Test
    void theFirstMatchingOverrideWinsAndUnsetFieldsMatchAnything() {
        ReplyPolicy policy = new ReplyPolicy(sla(Duration.ofHours(48), SlaCounting.CALENDAR, HOURS, List.of(
                new SlaOverride("FAULT", "WATER", null, Duration.ofHours(4), null),
                new SlaOverride(null, null, "twitter", Duration.ofHours(24), null),
                new SlaOverride("QUESTION", null, null, Duration.ofHours(16), SlaCounting.OFFICE_HOURS)), Map.of()),
                STOCKHOLM);

        assertThat(policy.deadlineFor(FRIDAY_AFTERNOON, "twitter", "FAULT", "WATER"))
                .isEqualTo(FRIDAY_AFTERNOON.plus(Duration.ofHours(4)));
        assertThat(policy.deadlineFor(FRIDAY_AFTERNOON, "twitter", "FAULT", "ROADS"))
                .isEqualTo(FRIDAY_AFTERNOON.plus(Duration.ofHours(24)));
        // 16 office hours from Friday 16:00: 1 h Friday, 9 h Monday, 6 h Tuesday → Tuesday 14:00.
        assertThat(policy.deadlineFor(FRIDAY_AFTERNOON, "sms", "QUESTION", "WASTE"))
                .isEqualTo(LocalDateTime.of(2026, 12, 1, 14, 0).atZone(STOCKHOLM).toInstant());
        assertThat(policy.deadlineFor(FRIDAY_AFTERNOON, "sms", null, null))
                .isEqualTo(FRIDAY_AFTERNOON.plus(Duration.ofHours(48)));
    }

    @Test
    void aTopicsResolutionTargetGivesItsCasesAnExpectedDate() {
        ReplyPolicy policy = new ReplyPolicy(sla(Duration.ofHours(48), SlaCounting.CALENDAR, HOURS, List.of(),
                Map.of("STREET_LIGHTING", Duration.ofDays(14))), STOCKHOLM);

        assertThat(policy.expectedResolution(FRIDAY_AFTERNOON, "STREET_LIGHTING"))
                .isEqualTo(FRIDAY_AFTERNOON.plus(Duration.ofDays(14)));
        assertThat(policy.expectedResolution(FRIDAY_AFTERNOON, "OTHER")).isNull();
        assertThat(policy.expectedResolution(FRIDAY_AFTERNOON, null)).isNull();
    }

    @Test
    void countingInOfficeHoursAppliesToTheDefault() {
        ReplyPolicy policy = new ReplyPolicy(sla(Duration.ofHours(9), SlaCounting.OFFICE_HOURS, HOURS, List.of(), Map.of()),
                STOCKHOLM);

        assertThat(policy.deadlineFor(FRIDAY_AFTERNOON, "sms", null, null))
                .isEqualTo(LocalDateTime.of(2026, 11, 30, 16, 0).atZone(STOCKHOLM).toInstant());
        assertThat(policy.workingTime().countsOfficeHoursOnly()).isTrue();
    }
}
