package org.civicbot.bot.routing;

import static org.civicbot.bot.storage.Timestamps.toDb;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code area}, {@code routing_rule} and {@code routing_version} tables. */
@Repository
class RoutingRepository {

    private final JdbcClient jdbc;

    RoutingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long version() {
        return jdbc.sql("SELECT version FROM routing_version WHERE id = 1").query(Long.class).single();
    }

    /** Locks the version row and moves it on: changes happen one at a time and every instance reloads. */
    void bumpVersion() {
        jdbc.sql("UPDATE routing_version SET version = version + 1 WHERE id = 1").update();
    }

    List<Area> areas() {
        return jdbc.sql("SELECT code, name, kind, authority, geometry::text AS geometry FROM area ORDER BY code")
                .query(RoutingRepository::area).list();
    }

    Optional<Area> area(String code) {
        return jdbc.sql("SELECT code, name, kind, authority, geometry::text AS geometry FROM area WHERE code = :code")
                .param("code", code).query(RoutingRepository::area).optional();
    }

    void saveArea(Area area, Instant now) {
        jdbc.sql("""
                        INSERT INTO area (code, name, kind, authority, geometry, updated_at)
                        VALUES (:code, :name, :kind, :authority, CAST(:geometry AS jsonb), :now)
                        ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind,
                            authority = EXCLUDED.authority, geometry = EXCLUDED.geometry, updated_at = EXCLUDED.updated_at""")
                .param("code", area.code())
                .param("name", area.name())
                .param("kind", area.kind().name())
                .param("authority", area.authority())
                .param("geometry", area.geometry())
                .param("now", toDb(now))
                .update();
    }

    boolean deleteArea(String code) {
        return jdbc.sql("DELETE FROM area WHERE code = :code").param("code", code).update() == 1;
    }

    boolean areaInUse(String code) {
        return jdbc.sql("SELECT count(*) FROM routing_rule WHERE area_code = :code").param("code", code)
                .query(Long.class).single() > 0;
    }

    List<RoutingRule> rules() {
        return jdbc.sql("""
                        SELECT topics, area_code, unit_code, redirect_sv, redirect_en FROM routing_rule
                        ORDER BY position""")
                .query((rs, row) -> new RoutingRule(topics(rs.getArray("topics")), rs.getString("area_code"),
                        rs.getString("unit_code"), rs.getString("redirect_sv"), rs.getString("redirect_en")))
                .list();
    }

    /** Replaces the whole ordered list. */
    void replaceRules(List<RoutingRule> rules) {
        jdbc.sql("DELETE FROM routing_rule").update();
        for (int i = 0; i < rules.size(); i++) {
            RoutingRule rule = rules.get(i);
            jdbc.sql("""
                            INSERT INTO routing_rule (position, topics, area_code, unit_code, redirect_sv, redirect_en)
                            VALUES (:position, :topics, :area, :unit, :redirectSv, :redirectEn)""")
                    .param("position", i + 1)
                    .param("topics", rule.topics().toArray(String[]::new))
                    .param("area", rule.area())
                    .param("unit", rule.unit())
                    .param("redirectSv", rule.redirectSv())
                    .param("redirectEn", rule.redirectEn())
                    .update();
        }
    }

    boolean isEmpty() {
        return jdbc.sql("SELECT (SELECT count(*) FROM area) + (SELECT count(*) FROM routing_rule)")
                .query(Long.class).single() == 0;
    }

    private static Area area(ResultSet rs, int row) throws SQLException {
        return new Area(rs.getString("code"), rs.getString("name"), Area.Kind.valueOf(rs.getString("kind")),
                rs.getString("authority"), rs.getString("geometry"));
    }

    private static List<String> topics(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
