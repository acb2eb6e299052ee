package org.civicbot.bot.unit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code unit} table. */
@Repository
public class UnitRepository {

    /** Created by the schema migration: gets what no other unit claims. */
    public static final String CONTACT_CENTRE = "KONTAKTCENTER";

    private final JdbcClient jdbc;

    public UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The unit responsible for a topic, or the contact centre when no unit lists it. */
    public Unit responsibleFor(String topic) {
        return jdbc.sql("""
                        SELECT id, code, name, email, topics, lead FROM unit
                        WHERE :topic = ANY (topics) OR code = :fallback
                        ORDER BY (code = :fallback), id LIMIT 1""")
                .param("topic", topic)
                .param("fallback", CONTACT_CENTRE)
                .query(UnitRepository::map)
                .single();
    }

    public Optional<Unit> findByCode(String code) {
        return jdbc.sql("SELECT id, code, name, email, topics, lead FROM unit WHERE code = :code")
                .param("code", code)
                .query(UnitRepository::map)
                .optional();
    }

    /** Creates the unit, or updates its name, e-mail, topics and lead when the code exists. */
    public void upsert(String code, String name, String email, List<String> topics, String lead) {
        jdbc.sql("""
                        INSERT INTO unit (code, name, email, topics, lead) VALUES (:code, :name, :email, :topics, :lead)
                        ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, email = EXCLUDED.email,
                                                         topics = EXCLUDED.topics, lead = EXCLUDED.lead""")
                .param("lead", lead)
                .param("code", code)
                .param("name", name)
                .param("email", email)
                .param("topics", topics.toArray(String[]::new))
                .update();
    }

    private static Unit map(ResultSet rs, int row) throws SQLException {
        Array topics = rs.getArray("topics");
        return new Unit(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("email"),
                Arrays.asList((String[]) topics.getArray()), rs.getString("lead"));
    }
}
