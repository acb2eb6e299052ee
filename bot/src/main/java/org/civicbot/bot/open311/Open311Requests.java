package org.civicbot.bot.open311;

import static org.civicbot.bot.storage.Timestamps.fromDb;
import static org.civicbot.bot.storage.Timestamps.toDb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.civicbot.bot.cases.CaseStatus;
import org.civicbot.bot.config.CivicbotProperties;
import org.civicbot.bot.location.LocationColumns;
import org.civicbot.bot.location.StoredLocation;
import org.civicbot.classifier.location.LocationKind;
import org.civicbot.connectors.Channel;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cases as Open311 service requests: every case, whichever channel it came in through, with what the public
 * may see of it. The citizen's own words are not published (the description is the service and the place, the
 * address the place as the gazetteer names it; a bare point has none), nor is anything about who reported it; the media URL is shown only when an app posted it through Open311,
 * i.e. for publication.
 */
@Component
class Open311Requests {

    /** The channel is written into the query, not bound, so the partial index on Open311 messages is used. */
    private static final String SELECT = """
            SELECT c.number, c.topic, u.name AS unit_name, c.status, d.number AS duplicate_of,
                   c.location_kind, c.location_text, c.location_normalized, c.location_lat, c.location_lon,
                   c.location_precision_m, c.location_source, c.opened_at, c.expected_resolution_at,
                   (SELECT max(e.at) FROM case_event e
                    WHERE e.case_id = c.id AND e.kind IN ('OPENED', 'STATUS')) AS updated_at,
                   (SELECT m.attachments -> 0 ->> 'reference' FROM message m
                    WHERE m.case_id = c.id AND m.channel = '%s' AND jsonb_array_length(m.attachments) > 0
                    ORDER BY m.id LIMIT 1) AS media_url
            FROM "case" c JOIN unit u ON u.id = c.unit_id LEFT JOIN "case" d ON d.id = c.duplicate_of
            """.formatted(Channel.OPEN311.id());

    /** A w3c datetime with the municipality's offset, to the second. */
    private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final JdbcClient jdbc;
    private final Open311Services services;
    private final MessageSource messages;
    private final ZoneId zone;

    Open311Requests(JdbcClient jdbc, Open311Services services, MessageSource messages, CivicbotProperties properties) {
        this.jdbc = jdbc;
        this.services = services;
        this.messages = messages;
        this.zone = properties.timeZone();
    }

    private record Row(String number, String topic, String unit, CaseStatus status, String duplicateOf,
                       StoredLocation location, Instant openedAt, Instant expectedAt, Instant updatedAt,
                       String mediaUrl) {
    }

    /** The requests the search finds, newest first, at most {@link RequestSearch#MAX_RESULTS}. */
    Open311Document find(RequestSearch search, Locale locale) {
        List<Row> rows = search.numbers().isEmpty()
                ? jdbc.sql(SELECT + """
                        WHERE (cardinality(CAST(:codes AS text[])) = 0 OR c.topic = ANY (CAST(:codes AS text[])))
                          AND c.status = ANY (CAST(:statuses AS text[]))
                          AND c.opened_at BETWEEN :from AND :to
                        ORDER BY c.opened_at DESC, c.id DESC LIMIT :limit""")
                .param("codes", search.codes().toArray(String[]::new))
                .param("statuses", search.statuses().stream().map(Enum::name).toArray(String[]::new))
                .param("from", toDb(search.from()))
                .param("to", toDb(search.to()))
                .param("limit", RequestSearch.MAX_RESULTS)
                .query(Open311Requests::map)
                .list()
                : jdbc.sql(SELECT + " WHERE c.number = ANY (CAST(:numbers AS text[])) ORDER BY c.opened_at DESC, c.id DESC")
                .param("numbers", search.numbers().toArray(String[]::new))
                .query(Open311Requests::map)
                .list();
        return document(rows.stream().map(row -> request(row, locale)).toList());
    }

    /** One request by its id, the case number; empty when there is no such case. */
    Optional<Open311Document> findOne(String number, Locale locale) {
        return jdbc.sql(SELECT + " WHERE c.number = :number")
                .param("number", number)
                .query(Open311Requests::map)
                .optional()
                .map(row -> document(List.of(request(row, locale))));
    }

    static Open311Document document(List<Open311Document.Fields> requests) {
        return new Open311Document("service_requests", new Open311Document.Listing("request", requests));
    }

    private Open311Document.Fields request(Row row, Locale locale) {
        String serviceName = services.name(row.topic(), locale);
        String place = row.location() == null || row.location().kind() == LocationKind.COORDINATES ? null
                : row.location().normalized();
        Double lat = row.location() == null ? null : row.location().lat();
        Double lon = row.location() == null ? null : row.location().lon();
        return new Open311Document.Fields()
                .put("service_request_id", row.number())
                .put("status", row.status().isOpen() ? "open" : "closed")
                .put("status_notes", statusNotes(row, locale))
                .put("service_name", serviceName)
                .put("service_code", row.topic())
                .put("description", place == null ? serviceName : serviceName + " – " + place)
                .put("agency_responsible", row.unit())
                .put("requested_datetime", w3c(row.openedAt()))
                .put("updated_datetime", w3c(row.updatedAt() == null ? row.openedAt() : row.updatedAt()))
                .put("expected_datetime", w3c(row.expectedAt()))
                .put("address", place)
                .put("lat", lat)
                .put("long", lon)
                .put("media_url", row.mediaUrl());
    }

    /** The case's own status in words (never a staff note, which may hold anything). */
    private String statusNotes(Row row, Locale locale) {
        if (row.status() == CaseStatus.DUPLICATE && row.duplicateOf() != null) {
            return messages.getMessage("open311.status.DUPLICATE.of", new Object[] {row.duplicateOf()}, locale);
        }
        return messages.getMessage("open311.status." + row.status().name(), null, locale);
    }

    private String w3c(Instant instant) {
        return instant == null ? null : W3C.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime());
    }

    private static Row map(ResultSet rs, int row) throws SQLException {
        return new Row(rs.getString("number"), rs.getString("topic"), rs.getString("unit_name"),
                CaseStatus.valueOf(rs.getString("status")), rs.getString("duplicate_of"), LocationColumns.read(rs),
                fromDb(rs, "opened_at"), fromDb(rs, "expected_resolution_at"), fromDb(rs, "updated_at"),
                rs.getString("media_url"));
    }
}
