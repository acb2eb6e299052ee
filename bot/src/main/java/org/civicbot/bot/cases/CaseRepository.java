package org.civicbot.bot.cases;

import static org.civicbot.bot.storage.Timestamps.fromDb;
import static org.civicbot.bot.storage.Timestamps.toDb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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
                   c.location_precision_m, c.location_source, c.opened_at, c.reply_deadline, c.first_reply_at,
                   c.paused_at, c.expected_resolution_at, c.resolved_at, c.tracking_token, c.area_code,
                   (SELECT count(*) FROM message m WHERE m.case_id = c.id) AS reports
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
                                            location_source, opened_at, reply_deadline, expected_resolution_at,
                                            tracking_token, area_code)
                        VALUES (:number, :category, :topic, :unitId, :locationKind, :locationText,
                                :locationNormalized, :locationLat, :locationLon, :locationPrecision,
                                :locationSource, :openedAt, :replyDeadline, :expectedResolutionAt, :trackingToken,
                                :areaCode)
                        RETURNING id""")
                .param("number", CaseNumber.format(year, serial))
                .param("category", newCase.category())
                .param("topic", newCase.topic())
                .param("unitId", newCase.unitId())
                .params(LocationColumns.params(newCase.location()))
                .param("openedAt", toDb(newCase.openedAt()))
                .param("replyDeadline", toDb(newCase.replyDeadline()))
                .param("expectedResolutionAt", toDb(newCase.expectedResolutionAt()))
                .param("trackingToken", TrackingToken.generate())
                .param("areaCode", newCase.areaCode())
                .query(Long.class)
                .single();
        recordEvent(id, newCase.openedAt(), CaseEvent.CIVICBOT, CaseEvent.Kind.OPENED, null, CaseStatus.NEW, null);
        return findById(id).orElseThrow();
    }

    public Optional<Case> findById(long id) {
        return jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id).query(CaseRepository::map).optional();
    }

    /** The case behind a public tracking link. */
    public Optional<Case> findByTrackingToken(String token) {
        return jdbc.sql(SELECT + " WHERE c.tracking_token = :token").param("token", token).query(CaseRepository::map)
                .optional();
    }

    public Optional<Case> findByNumber(String number) {
        return jdbc.sql(SELECT + " WHERE c.number = :number").param("number", number).query(CaseRepository::map)
                .optional();
    }

    /**
     * Open cases of this topic opened since {@code since} whose location lies in the box around a point: the
     * candidates a new report may duplicate (the exact distance is measured by the caller).
     */
    public List<Case> openNear(String topic, Instant since, double latMin, double latMax, double lonMin, double lonMax) {
        return jdbc.sql(SELECT + """
                         WHERE c.topic = :topic AND c.status IN ('NEW', 'IN_PROGRESS', 'WAITING_FOR_CITIZEN')
                          AND c.opened_at >= :since AND c.location_lat BETWEEN :latMin AND :latMax
                          AND c.location_lon BETWEEN :lonMin AND :lonMax
                        ORDER BY c.opened_at""")
                .param("topic", topic)
                .param("since", toDb(since))
                .param("latMin", latMin)
                .param("latMax", latMax)
                .param("lonMin", lonMin)
                .param("lonMax", lonMax)
                .query(CaseRepository::map)
                .list();
    }

    /** Serialises case decisions of one topic until the transaction ends (a PostgreSQL advisory lock). */
    public void lockTopic(String topic) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('case-topic:' || :topic))").param("topic", topic)
                .query((rs, row) -> 1).list();
    }

    /** Locks the case for a change (status, note), so two staff members' changes happen one after the other. */
    Optional<Case> lockByNumber(String number) {
        return jdbc.sql(SELECT + " WHERE c.number = :number FOR UPDATE OF c").param("number", number)
                .query(CaseRepository::map).optional();
    }

    /** Marks the case a duplicate of another (staff merged it into that one). */
    void markDuplicateOf(long id, long targetId) {
        jdbc.sql("UPDATE \"case\" SET status = 'DUPLICATE', duplicate_of = :target, paused_at = NULL WHERE id = :id")
                .param("target", targetId)
                .param("id", id)
                .update();
    }

    /** Writes a status with its deadline bookkeeping; the caller has the row locked and records the event. */
    void updateStatus(long id, CaseStatus status, Instant replyDeadline, Instant pausedAt, Instant resolvedAt) {
        jdbc.sql("""
                        UPDATE "case" SET status = :status, reply_deadline = :replyDeadline, paused_at = :pausedAt,
                                          resolved_at = :resolvedAt
                        WHERE id = :id""")
                .param("status", status.name())
                .param("replyDeadline", toDb(replyDeadline))
                .param("pausedAt", toDb(pausedAt))
                .param("resolvedAt", toDb(resolvedAt))
                .param("id", id)
                .update();
    }

    /** A person replied to the citizen: the first time counts. */
    public void markFirstReply(long caseId, Instant at) {
        jdbc.sql("UPDATE \"case\" SET first_reply_at = :at WHERE id = :id AND first_reply_at IS NULL")
                .param("at", toDb(at))
                .param("id", caseId)
                .update();
    }

    /** Appends to the case's audit trail. */
    public long recordEvent(long caseId, Instant at, String actor, CaseEvent.Kind kind, CaseStatus from, CaseStatus to,
                     String note) {
        return jdbc.sql("""
                        INSERT INTO case_event (case_id, at, actor, kind, from_status, to_status, note)
                        VALUES (:caseId, :at, :actor, :kind, :from, :to, :note) RETURNING id""")
                .param("caseId", caseId)
                .param("at", toDb(at))
                .param("actor", actor)
                .param("kind", kind.name())
                .param("from", from == null ? null : from.name())
                .param("to", to == null ? null : to.name())
                .param("note", note)
                .query(Long.class)
                .single();
    }

    /** The case's audit trail, oldest first. */
    public List<CaseEvent> events(long caseId) {
        return jdbc.sql("""
                        SELECT id, at, actor, kind, from_status, to_status, note FROM case_event
                        WHERE case_id = :caseId ORDER BY at, id""")
                .param("caseId", caseId)
                .query((rs, row) -> new CaseEvent(rs.getLong("id"), fromDb(rs, "at"), rs.getString("actor"),
                        CaseEvent.Kind.valueOf(rs.getString("kind")), status(rs.getString("from_status")), status(rs.getString("to_status")),
                        rs.getString("note")))
                .list();
    }

    private static CaseStatus status(String name) {
        return name == null ? null : CaseStatus.valueOf(name);
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
                fromDb(rs, "first_reply_at"),
                fromDb(rs, "paused_at"),
                fromDb(rs, "expected_resolution_at"),
                fromDb(rs, "resolved_at"),
                rs.getString("tracking_token"),
                rs.getString("area_code"),
                rs.getInt("reports"));
    }
}
