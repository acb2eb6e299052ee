package org.civicbot.bot.ingest;

import static org.civicbot.bot.storage.Timestamps.toDb;

import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HexFormat;

import org.civicbot.bot.config.CivicbotProperties;
import org.civicbot.connectors.Channel;
import org.civicbot.connectors.signature.HmacSignature;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns a platform's sender reference (a phone number, a page-scoped id) into the pseudonymous sender id staff
 * and statistics see: the same citizen on the same channel always gets the same id, and the id cannot be turned
 * back into the number without the key. The key comes from {@code CIVICBOT_CHANNELS_PSEUDONYMKEY}, or is
 * generated once and kept in the database so every instance (and every restart) agrees.
 */
@Component
public class SenderPseudonyms {

    private static final String KEY_NAME = "sender-pseudonym-key";
    /** 80 bits: no two citizens of a municipality collide in practice, and the id stays short enough to read. */
    private static final int ID_BYTES = 10;

    private final HmacSignature hmac;

    SenderPseudonyms(CivicbotProperties properties, JdbcClient jdbc, Clock clock) {
        String configured = properties.channels().pseudonymKey();
        this.hmac = HmacSignature.sha256(configured.isBlank() ? storedKey(jdbc, clock) : configured);
    }

    /** The pseudonymous id of this sender on this channel, e.g. {@code sms-3f9a0c…}. */
    public String of(Channel channel, String senderRef) {
        byte[] digest = hmac.sign((channel.id() + "\n" + senderRef).getBytes(StandardCharsets.UTF_8));
        return channel.id() + "-" + HexFormat.of().formatHex(digest, 0, ID_BYTES);
    }

    private static String storedKey(JdbcClient jdbc, Clock clock) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        // Two instances starting together both insert; the first wins and both read it.
        jdbc.sql("""
                        INSERT INTO installation_secret (name, value, created_at) VALUES (:name, :value, :now)
                        ON CONFLICT (name) DO NOTHING""")
                .param("name", KEY_NAME)
                .param("value", HexFormat.of().formatHex(fresh))
                .param("now", toDb(clock.instant()))
                .update();
        return jdbc.sql("SELECT value FROM installation_secret WHERE name = :name").param("name", KEY_NAME)
                .query(String.class).single();
    }
}
