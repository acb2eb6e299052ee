package org.civicbot.bot.publicpages;

import static org.civicbot.bot.storage.Timestamps.fromDb;

import java.util.Arrays;
import java.util.List;

import org.civicbot.bot.cases.CaseStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The open fault cases with a point on the map: what the public map and its GeoJSON show. */
@Repository
class OpenFaults {

    private final JdbcClient jdbc;

    OpenFaults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param faults    newest first, at most the filter's limit
     * @param truncated whether more matched than the limit
     */
    record Found(List<PublicFault> faults, boolean truncated) {
    }

    Found find(FaultFilter filter) {
        BoundingBox box = filter.bbox();
        List<PublicFault> faults = jdbc.sql("""
                        SELECT c.topic, c.status, c.location_lat, c.location_lon, c.location_normalized, c.opened_at,
                               c.expected_resolution_at,
                               (SELECT max(e.at) FROM case_event e
                                WHERE e.case_id = c.id AND e.to_status IS NOT NULL) AS updated_at
                        FROM "case" c
                        WHERE c.category = 'FAULT' AND c.status IN (:open)
                          AND c.location_lat IS NOT NULL
                          AND (CAST(:topic AS text) IS NULL OR c.topic = :topic)
                          AND (NOT :boxed OR (c.location_lon BETWEEN :west AND :east
                                              AND c.location_lat BETWEEN :south AND :north))
                        ORDER BY c.opened_at DESC, c.id DESC LIMIT :limit""")
                .param("topic", filter.topic() == null ? null : filter.topic().name())
                .param("boxed", box != null)
                .param("west", box == null ? 0 : box.west())
                .param("east", box == null ? 0 : box.east())
                .param("south", box == null ? 0 : box.south())
                .param("north", box == null ? 0 : box.north())
                .param("open", Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).map(Enum::name).toList())
                .param("limit", filter.limit() + 1)
                .query((rs, row) -> new PublicFault(rs.getString("topic"), CaseStatus.valueOf(rs.getString("status")),
                        rs.getDouble("location_lat"), rs.getDouble("location_lon"), rs.getString("location_normalized"),
                        fromDb(rs, "opened_at"), fromDb(rs, "updated_at"), fromDb(rs, "expected_resolution_at")))
                .list();
        return faults.size() > filter.limit()
                ? new Found(faults.subList(0, filter.limit()), true)
                : new Found(faults, false);
    }
}
