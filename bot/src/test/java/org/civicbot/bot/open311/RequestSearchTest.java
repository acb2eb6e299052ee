package org.civicbot.bot.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civicbot.bot.cases.CaseStatus;
import org.junit.jupiter.api.Test;

/** GET requests' parameters and limits. */
class RequestSearchTest {

    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Set<String> SERVICES = Set.of("STREET_LIGHTING", "WASTE");

    @Test
    void byDefaultTheLast90DaysOfEveryServiceAndStatus() {
        RequestSearch search = RequestSearch.of(Map.of(), SERVICES, NOW, STOCKHOLM);

        assertThat(search.from()).isEqualTo(NOW.minus(Duration.ofDays(90)));
        assertThat(search.to()).isEqualTo(NOW);
        assertThat(search.codes()).isEmpty();
        assertThat(search.statuses()).isEqualTo(EnumSet.allOf(CaseStatus.class));
    }

    @Test
    void oneEndOfTheWindowGivesTheOther90DaysAwayAndADateIsItsStartInTheMunicipality() {
        RequestSearch from = RequestSearch.of(Map.of("start_date", "2026-03-01"), SERVICES, NOW, STOCKHOLM);
        RequestSearch to = RequestSearch.of(Map.of("end_date", "2026-05-01T08:00:00+02:00"), SERVICES, NOW, STOCKHOLM);

        assertThat(from.from()).isEqualTo(Instant.parse("2026-02-28T23:00:00Z"));
        assertThat(from.to()).isEqualTo(Instant.parse("2026-05-29T23:00:00Z"));
        assertThat(to.to()).isEqualTo(Instant.parse("2026-05-01T06:00:00Z"));
        assertThat(to.from()).isEqualTo(Instant.parse("2026-01-31T06:00:00Z"));
    }

    @Test
    void statusesAndServicesAreCommaLists() {
        RequestSearch search = RequestSearch.of(Map.of("status", "closed", "service_code", "WASTE, STREET_LIGHTING,"),
                SERVICES, NOW, STOCKHOLM);

        assertThat(search.statuses()).containsExactlyInAnyOrder(CaseStatus.RESOLVED, CaseStatus.CLOSED,
                CaseStatus.DUPLICATE);
        assertThat(search.codes()).containsExactly("WASTE", "STREET_LIGHTING");
        assertThat(RequestSearch.of(Map.of("status", "open,closed"), SERVICES, NOW, STOCKHOLM).statuses())
                .isEqualTo(EnumSet.allOf(CaseStatus.class));
    }

    @Test
    void idsOverrideEveryOtherParameter() {
        RequestSearch search = RequestSearch.of(Map.of("service_request_id", "2026-000001,2026-000002,2026-000001",
                "status", "nonsense", "start_date", "nonsense"), SERVICES, NOW, STOCKHOLM);

        assertThat(search.numbers()).isEqualTo(List.of("2026-000001", "2026-000002"));
    }

    @Test
    void aWindowLongerThan90DaysOrTooManyIdsIsABadRequest() {
        assertThatThrownBy(() -> RequestSearch.of(Map.of("start_date", "2026-01-01T00:00:00Z",
                "end_date", "2026-04-01T00:00:01Z"), SERVICES, NOW, STOCKHOLM))
                .isInstanceOf(Open311Exception.class)
                .hasMessage("start_date and end_date span more than 90 days, the longest search");
        String ids = String.join(",", java.util.stream.IntStream.rangeClosed(1, 1001)
                .mapToObj(i -> "2026-%06d".formatted(i)).toList());
        assertThatThrownBy(() -> RequestSearch.of(Map.of("service_request_id", ids), SERVICES, NOW, STOCKHOLM))
                .hasMessage("service_request_id lists 1001 requests; at most 1000 at once");
    }
}
