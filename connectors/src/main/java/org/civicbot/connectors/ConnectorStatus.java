package org.civicbot.connectors;

import java.util.List;
import java.util.Objects;

/**
 * Whether a channel is switched on, as the health endpoint and the admin pages show it. A channel without its
 * credentials is simply off and says which settings it lacks; it never fails the application's start.
 *
 * @param detail what is connected (page id, account, sender number, webhook or polling), or what is missing
 */
public record ConnectorStatus(Channel channel, boolean enabled, String detail) {

    public ConnectorStatus {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(detail, "detail");
    }

    public static ConnectorStatus on(Channel channel, String detail) {
        return new ConnectorStatus(channel, true, detail);
    }

    /** Off because these environment variables are not set. */
    public static ConnectorStatus missing(Channel channel, List<String> environmentVariables) {
        return new ConnectorStatus(channel, false, "off: set " + String.join(", ", environmentVariables));
    }
}
