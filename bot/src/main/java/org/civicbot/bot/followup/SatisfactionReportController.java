package org.civicbot.bot.followup;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.civicbot.bot.api.InvalidRequestException;
import org.civicbot.bot.config.CivicbotProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The satisfaction answers, reported overall, per topic and per unit, over a range of days or all time. */
@RestController
class SatisfactionReportController {

    private final SatisfactionAnswers answers;
    private final ZoneId zone;

    SatisfactionReportController(SatisfactionAnswers answers, CivicbotProperties properties) {
        this.answers = answers;
        this.zone = properties.timeZone();
    }

    /**
     * @param from the first day to count, {@code YYYY-MM-DD} in the municipality's calendar; none: from the start
     * @param to   the last day to count (inclusive); none: up to now
     */
    @GetMapping("/api/reports/satisfaction")
    SatisfactionReport report(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw new InvalidRequestException("from (" + first + ") is after to (" + last + ")");
        }
        return SatisfactionReport.of(first, last, answers.counts(
                first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    private static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name + " must be a date as YYYY-MM-DD, not \"" + value + "\"");
        }
    }
}
