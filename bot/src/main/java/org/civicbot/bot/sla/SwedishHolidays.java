package org.civicbot.bot.sla;

import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Sweden's public holidays, from the maintained Jollyday calendar, with the three eves (midsummer eve,
 * Christmas eve, New Year's eve) that are not public holidays by law but on which most municipalities close:
 * each municipality says which of them count as closed days.
 */
public final class SwedishHolidays {

    /** The eves Jollyday lists for Sweden, by its property key. */
    public enum Eve {
        MIDSUMMER_EVE, CHRISTMAS_EVE, NEW_YEARS_EVE
    }

    private static final Set<String> EVE_KEYS = java.util.Arrays.stream(Eve.values()).map(Eve::name)
            .collect(Collectors.toUnmodifiableSet());

    private final HolidayManager calendar = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));
    private final Set<String> closedEves;
    private final Map<Integer, Set<LocalDate>> closedDaysByYear = new ConcurrentHashMap<>();

    /** @param closedEves the eves on which the municipality is closed */
    public SwedishHolidays(Set<Eve> closedEves) {
        this.closedEves = closedEves.stream().map(Eve::name).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the municipality is closed all day for a holiday (weekends are the office hours' business). */
    public boolean isClosed(LocalDate day) {
        return closedDaysByYear.computeIfAbsent(day.getYear(), this::closedDays).contains(day);
    }

    private Set<LocalDate> closedDays(int year) {
        return calendar.getHolidays(Year.of(year)).stream()
                .filter(holiday -> !EVE_KEYS.contains(eveKey(holiday)) || closedEves.contains(eveKey(holiday)))
                .map(Holiday::getDate)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Jollyday's key without any namespace it may carry ({@code christian.EASTER} → {@code EASTER}). */
    private static String eveKey(Holiday holiday) {
        String key = holiday.getPropertiesKey();
        return key.substring(key.lastIndexOf('.') + 1);
    }
}
