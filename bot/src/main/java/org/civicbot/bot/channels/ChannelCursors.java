package org.civicbot.bot.channels;

import static org.civicbot.bot.storage.Timestamps.toDb;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code channel_cursor} table: how far each polled account has been read. */
@Repository
public class ChannelCursors {

    private final JdbcClient jdbc;

    ChannelCursors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> find(String channel, String account) {
        return jdbc.sql("SELECT cursor FROM channel_cursor WHERE channel = :channel AND account = :account")
                .param("channel", channel)
                .param("account", account)
                .query(String.class)
                .optional();
    }

    void save(String channel, String account, String cursor, Instant now) {
        jdbc.sql("""
                        INSERT INTO channel_cursor (channel, account, cursor, updated_at)
                        VALUES (:channel, :account, :cursor, :now)
                        ON CONFLICT (channel, account) DO UPDATE SET cursor = :cursor, updated_at = :now""")
                .param("channel", channel)
                .param("account", account)
                .param("cursor", cursor)
                .param("now", toDb(now))
                .update();
    }
}
