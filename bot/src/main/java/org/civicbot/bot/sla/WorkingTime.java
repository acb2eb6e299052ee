package org.civicbot.bot.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The time a reply deadline is counted in: either every hour of the day ({@link #calendar}), or the
 * municipality's office hours on working days, skipping Swedish public holidays ({@link #officeHours}). Office
 * hours are local wall-clock times, so a deadline is right across daylight-saving changes; calendar time is
 * elapsed time ("within 48 hours" is 48 real hours, also over the night the clocks change).
 */
public final class WorkingTime {

    /** No deadline is counted further ahead than this; a configuration without working days is refused. */
    private static final int LONGEST_SEARCH_DAYS = 3_660;

    private final ZoneId zone;
    private final LocalTime opens;
    private final LocalTime closes;
    private final Set<DayOfWeek> days;
    private final SwedishHolidays holidays;

    private WorkingTime(ZoneId zone, LocalTime opens, LocalTime closes, Set<DayOfWeek> days, SwedishHolidays holidays) {
        this.zone = zone;
        this.opens = opens;
        this.closes = closes;
        this.days = days;
        this.holidays = holidays;
    }

    /** Every hour counts. */
    public static WorkingTime calendar(ZoneId zone) {
        return new WorkingTime(Objects.requireNonNull(zone, "zone"), null, null, null, null);
    }

    /** Only the hours between {@code opens} and {@code closes} on the given days, holidays excepted. */
    public static WorkingTime officeHours(ZoneId zone, LocalTime opens, LocalTime closes, Set<DayOfWeek> days,
                                          SwedishHolidays holidays) {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("office hours must open before they close, were " + opens + "–" + closes);
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("office hours need at least one working day");
        }
        return new WorkingTime(Objects.requireNonNull(zone, "zone"), opens, closes, EnumSet.copyOf(days),
                Objects.requireNonNull(holidays, "holidays"));
    }

    public boolean countsOfficeHoursOnly() {
        return opens != null;
    }

    /** The instant when {@code amount} of working time has passed after {@code from}. */
    public Instant plus(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("cannot count back " + amount);
        }
        if (!countsOfficeHoursOnly()) {
            return from.plus(amount);
        }
        Duration left = amount;
        LocalDate day = from.atZone(zone).toLocalDate();
        for (int i = 0; i < LONGEST_SEARCH_DAYS; i++, day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant open = day.atTime(opens).atZone(zone).toInstant();
            Instant close = day.atTime(closes).atZone(zone).toInstant();
            Instant start = from.isAfter(open) ? from : open;
            if (!start.isBefore(close)) {
                continue;
            }
            Duration available = Duration.between(start, close);
            // A deadline falling exactly at closing time stays on that day, not the next morning.
            if (left.compareTo(available) <= 0) {
                return start.plus(left);
            }
            left = left.minus(available);
        }
        throw new IllegalStateException("no working time within " + LONGEST_SEARCH_DAYS + " days of " + from);
    }

    /** How much working time lies between two instants (zero when {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        if (!countsOfficeHoursOnly()) {
            return Duration.between(from, to);
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant open = day.atTime(opens).atZone(zone).toInstant();
            Instant close = day.atTime(closes).atZone(zone).toInstant();
            Instant start = from.isAfter(open) ? from : open;
            Instant end = to.isBefore(close) ? to : close;
            if (end.isAfter(start)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    private boolean isWorkingDay(LocalDate day) {
        return days.contains(day.getDayOfWeek()) && !holidays.isClosed(day);
    }
}
