package org.civicbot.bot.open311;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Open311 API's settings ({@code civicbot.open311}).
 *
 * @param apiKeys    the keys that may post service requests (secret: from the environment only,
 *                   {@code CIVICBOT_OPEN311_APIKEYS}, comma-separated); none: only the demo key, and only while
 *                   the demo is on
 * @param contact    discovery's {@code contact}: how developers reach the municipality; blank: its name
 * @param keyService discovery's {@code key_service}: where developers ask for a key
 */
@ConfigurationProperties("civicbot.open311")
record Open311Properties(@DefaultValue List<String> apiKeys,
                         @DefaultValue("") String contact,
                         @DefaultValue("") String keyService) {
}
