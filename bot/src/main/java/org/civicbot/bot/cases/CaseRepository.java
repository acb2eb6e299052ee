package org.civicbot.bot.cases;

import static org.civicbot.bot.storage.Timestamps.fromDb;
import static org.civicbot.bot.storage.Timestamps.toDb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.civicbot.bot.config.CivicbotProperties;
import org.civicbot.bot.location.LocationColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code case} table and its per-year numbering. */
@Repository
public class CaseRepository {

    private static final String SELECT = """
            SELECT c.id, c.number, c.category, c.topic, u.code AS unit_code, u.name AS unit_name, c.status,
                   c.location_kind, c.location_text, c.location_normalized, c.location_lat, c.location_lon,
                   c.location_precision_m, c.location_source, c.opened_at, c.reply_deadline, c.first_reply_at
            FROM "case" c JOIN unit u ON u.id = c.unit_id""";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    public CaseRepository(JdbcClient jdbc, CivicbotProperties properties) {
        this.jdbc = jdbc;
        this.zone = properties.timeZone();
    }

    /** Opens a case numbered in the municipality's calendar year of {@code openedAt}. */
    public Case open(NewCase newCase) {
        int year = newCase.openedAt().atZone(zone).getYear();
        // The counter row is locked until commit, so numbers are gap-free and unique under concurrency.
        int serial = jdbc.sql("""
                        INSERT INTO case_number_counter (year, last_number) VALUES (:year, 1)
                        ON CONFLICT (year) DO UPDATE SET last_number = case_number_counter.last_number + 1
                        RETURNING last_number""")
                .param("year", year)
                .query(Integer.class)
                .single();
        long id = jdbc.sql("""
                        INSERT INTO "case" (number, category, topic, unit_id, location_kind, location_text,
                                            location_normalized, location_lat, location_lon, location_precision_m,
                                            location_source, opened_at, reply_deadline)
                        VALUES (:number, :category, :topic, :unitId, :locationKind, :locationText,
                                :locationNormalized, :locationLat, :locationLon, :locationPrecision,
                                :locationSource, :openedAt, :replyDeadline)
                        RETURNING id""")
                .param("number", CaseNumber.format(year, serial))
                .param("category", newCase.category())
                .param("topic", newCase.topic())
                .param("unitId", newCase.unitId())
                .params(LocationColumns.params(newCase.location()))
                .param("openedAt", toDb(newCase.openedAt()))
                .param("replyDeadline", toDb(newCase.replyDeadline()))
                .query(Long.class)
                .single();
        return findById(id).orElseThrow();
    }

    public Optional<Case> findById(long id) {
        return jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id).query(CaseRepository::map).optional();
    }

    public Optional<Case> findByNumber(String number) {
        return jdbc.sql(SELECT + " WHERE c.number = :number").param("number", number).query(CaseRepository::map)
                .optional();
    }

    /** One page of cases, soonest deadline first; {@code status} null for all. */
    public List<Case> page(CaseStatus status, int offset, int limit) {
        return jdbc.sql(SELECT + """
                         WHERE (CAST(:status AS text) IS NULL OR c.status = :status)
                        ORDER BY c.reply_deadline, c.id OFFSET :offset LIMIT :limit""")
                .param("status", status == null ? null : status.name())
                .param("offset", offset)
                .param("limit", limit)
                .query(CaseRepository::map)
                .list();
    }

    public long count(CaseStatus status) {
        return jdbc.sql("SELECT count(*) FROM \"case\" WHERE (CAST(:status AS text) IS NULL OR status = :status)")
                .param("status", status == null ? null : status.name())
                .query(Long.class)
                .single();
    }

    private static Case map(ResultSet rs, int row) throws SQLException {
        return new Case(
                rs.getLong("id"),
                rs.getString("number"),
                rs.getString("category"),
                rs.getString("topic"),
                rs.getString("unit_code"),
                rs.getString("unit_name"),
                CaseStatus.valueOf(rs.getString("status")),
                LocationColumns.read(rs),
                fromDb(rs, "opened_at"),
                fromDb(rs, "reply_deadline"),
                fromDb(rs, "first_reply_at"));
    }
}
