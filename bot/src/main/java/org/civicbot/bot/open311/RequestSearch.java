package org.civicbot.bot.open311;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civicbot.bot.cases.CaseStatus;

/**
 * What {@code GET requests} asks for, read from the spec's parameters. Either some requests by id (which
 * overrides every other parameter, as the spec says), or a search by service, status and a window of
 * {@code requested_datetime}: the last 90 days by default, never wider than 90 days, newest first, at most
 * {@link #MAX_RESULTS}.
 *
 * @param numbers  the case numbers asked for; empty for a search
 * @param codes    the services searched; empty for all
 * @param statuses the case statuses searched
 * @param from     the window's start, inclusive
 * @param to       the window's end, inclusive
 */
record RequestSearch(List<String> numbers, List<String> codes, Set<CaseStatus> statuses, Instant from, Instant to) {

    static final int MAX_RESULTS = 1_000;
    static final Duration LONGEST_WINDOW = Duration.ofDays(90);

    /**
     * @param services the service codes that exist
     * @throws Open311Exception 400 naming the parameter that is wrong
     */
    static RequestSearch of(Map<String, String> parameters, Set<String> services, Instant now, ZoneId zone) {
        List<String> numbers = list(parameters.get("service_request_id"));
        if (numbers.size() > MAX_RESULTS) {
            throw Open311Exception.badRequest("service_request_id lists " + numbers.size() + " requests; at most "
                    + MAX_RESULTS + " at once");
        }
        if (!numbers.isEmpty()) {
            return new RequestSearch(numbers, List.of(), EnumSet.allOf(CaseStatus.class), null, null);
        }
        List<String> codes = list(parameters.get("service_code"));
        codes.stream().filter(code -> !services.contains(code)).findFirst().ifPresent(code -> {
            throw Open311Exception.badRequest("service_code " + code + " is not a service here; services.xml lists them");
        });
        Instant start = date(parameters, "start_date", zone);
        Instant end = date(parameters, "end_date", zone);
        if (start == null && end == null) {
            end = now;
        }
        if (end == null) {
            end = start.plus(LONGEST_WINDOW);
        } else if (start == null) {
            start = end.minus(LONGEST_WINDOW);
        }
        if (start.isAfter(end)) {
            throw Open311Exception.badRequest("start_date is after end_date");
        }
        if (Duration.between(start, end).compareTo(LONGEST_WINDOW) > 0) {
            throw Open311Exception.badRequest("start_date and end_date span more than 90 days, the longest search");
        }
        return new RequestSearch(List.of(), codes, statuses(parameters.get("status")), start, end);
    }

    private static Set<CaseStatus> statuses(String parameter) {
        Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
        List<String> asked = list(parameter);
        for (String status : asked) {
            switch (status) {
                case "open" -> Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).forEach(statuses::add);
                case "closed" -> Arrays.stream(CaseStatus.values()).filter(s -> !s.isOpen()).forEach(statuses::add);
                default -> throw Open311Exception.badRequest("status " + status + " is neither open nor closed");
            }
        }
        return asked.isEmpty() ? EnumSet.allOf(CaseStatus.class) : statuses;
    }

    /** A w3c datetime with its offset ({@code 2026-05-01T08:00:00+02:00}, {@code …Z}), or a date: its start. */
    private static Instant date(Map<String, String> parameters, String name, ZoneId zone) {
        String value = parameters.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        try {
            return trimmed.length() == 10 ? LocalDate.parse(trimmed).atStartOfDay(zone).toInstant()
                    : OffsetDateTime.parse(trimmed).toInstant();
        } catch (DateTimeParseException e) {
            throw Open311Exception.badRequest(name + " is not a w3c datetime with a time zone, such as "
                    + "2026-05-01T08:00:00+02:00 or 2026-05-01T06:00:00Z");
        }
    }

    /** The parameter's comma-separated values, without blanks or repeats. */
    private static List<String> list(String parameter) {
        if (parameter == null) {
            return List.of();
        }
        Set<String> values = new LinkedHashSet<>();
        for (String value : parameter.split(",")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return List.copyOf(values);
    }
}
