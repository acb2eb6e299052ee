package org.civicbot.connectors;

import java.util.List;
import java.util.Objects;

/**
 * A channel whose credentials are not configured: it is off, says in health which environment variables would
 * switch it on, and refuses replies with that same explanation (for good, so the outbox shows it to staff
 * instead of retrying).
 */
public final class DisconnectedChannel implements Connector {

    private final ConnectorStatus status;

    public DisconnectedChannel(Channel channel, List<String> missingEnvironmentVariables) {
        this.status = ConnectorStatus.missing(Objects.requireNonNull(channel, "channel"), missingEnvironmentVariables);
    }

    @Override
    public Channel channel() {
        return status.channel();
    }

    @Override
    public ConnectorStatus status() {
        return status;
    }

    @Override
    public DeliveryReceipt send(OutboundReply reply) throws DeliveryException {
        throw new DeliveryException("Channel " + channel().id() + " is not connected (" + status.detail() + ")",
                false, null);
    }
}
