package org.civicbot.bot.staff;

import static org.civicbot.bot.storage.Timestamps.fromDb;
import static org.civicbot.bot.storage.Timestamps.toDb;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.civicbot.bot.api.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Staff absences and stand-ins. Who acts for a staff member is worked out at the moment it is asked: the
 * stand-in while an absence runs (and the stand-in's stand-in, if they are away too), the person themselves
 * otherwise; so work moves to the stand-in and back without anything being reassigned.
 */
@Component
public class Absences {

    /** How far a chain of stand-ins is followed (A away → B, B away → C …) before stopping. */
    private static final int LONGEST_CHAIN = 5;
    private static final int MAX_NAME = 100;

    private final JdbcClient jdbc;
    private final Clock clock;

    Absences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Who acts for this staff member now; null in, null out. */
    public String actingFor(String staff) {
        return actingFor(staff, clock.instant());
    }

    /** Who acts for this staff member at a given time. */
    public String actingFor(String staff, Instant at) {
        if (staff == null) {
            return null;
        }
        String acting = staff;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < LONGEST_CHAIN && seen.add(acting); i++) {
            Optional<Absence> away = current(acting, at);
            if (away.isEmpty()) {
                return acting;
            }
            acting = away.get().standIn();
        }
        return acting;
    }

    /** The staff members this one stands in for now (directly). */
    public List<String> standingInFor(String standIn) {
        return jdbc.sql("""
                        SELECT DISTINCT staff FROM staff_absence
                        WHERE stand_in = :standIn AND starts_at <= :now AND ends_at > :now ORDER BY staff""")
                .param("standIn", standIn)
                .param("now", toDb(clock.instant()))
                .query(String.class)
                .list();
    }

    public Absence add(String staff, Instant startsAt, Instant endsAt, String standIn) {
        String who = requireName("staff", staff);
        String by = requireName("standIn", standIn);
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw new InvalidRequestException("from and until are required, and until must be after from");
        }
        if (who.equals(by)) {
            throw new InvalidRequestException("a staff member cannot stand in for themselves");
        }
        long id = jdbc.sql("""
                        INSERT INTO staff_absence (staff, starts_at, ends_at, stand_in, created_at)
                        VALUES (:staff, :startsAt, :endsAt, :standIn, :now) RETURNING id""")
                .param("staff", who)
                .param("startsAt", toDb(startsAt))
                .param("endsAt", toDb(endsAt))
                .param("standIn", by)
                .param("now", toDb(clock.instant()))
                .query(Long.class)
                .single();
        return new Absence(id, who, startsAt, endsAt, by);
    }

    public List<Absence> of(String staff) {
        return jdbc.sql("SELECT * FROM staff_absence WHERE staff = :staff ORDER BY starts_at, id")
                .param("staff", staff)
                .query((rs, row) -> new Absence(rs.getLong("id"), rs.getString("staff"), fromDb(rs, "starts_at"),
                        fromDb(rs, "ends_at"), rs.getString("stand_in")))
                .list();
    }

    public boolean remove(String staff, long id) {
        return jdbc.sql("DELETE FROM staff_absence WHERE id = :id AND staff = :staff")
                .param("id", id)
                .param("staff", staff)
                .update() == 1;
    }

    private Optional<Absence> current(String staff, Instant at) {
        return of(staff).stream().filter(a -> a.covers(at)).findFirst();
    }

    private static String requireName(String field, String value) {
        if (value == null || value.isBlank() || value.strip().length() > MAX_NAME) {
            throw new InvalidRequestException(String.format(Locale.ROOT, "%s must be 1 to %d characters", field,
                    MAX_NAME));
        }
        return value.strip();
    }
}
