package org.civicbot.connectors.sms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.civicbot.connectors.Channel;
import org.civicbot.connectors.Connector;
import org.civicbot.connectors.ConnectorStatus;
import org.civicbot.connectors.DeliveryException;
import org.civicbot.connectors.DeliveryReceipt;
import org.civicbot.connectors.OutboundReply;

/**
 * The SMS channel: replies go out through the provider the citizen's message came in by (the thread id names
 * it), or through the only one configured. A reply must fit the configured number of segments as
 * {@link SmsSegments} counts them (GSM-7 or UCS-2): the provider splits a longer text itself and charges
 * every segment, so a reply over the limit is refused for good, not sent, and staff see why.
 */
public final class SmsConnector implements Connector {

    private final Map<String, SmsProvider> providers = new LinkedHashMap<>();
    private final int maxSegments;

    /**
     * @param providers   the configured gateways, at least one
     * @param maxSegments the most segments one reply may take
     */
    public SmsConnector(List<SmsProvider> providers, int maxSegments) {
        if (providers.isEmpty()) {
            throw new IllegalArgumentException("the SMS channel needs at least one provider");
        }
        if (maxSegments < 1) {
            throw new IllegalArgumentException("maxSegments must be at least 1, was " + maxSegments);
        }
        providers.forEach(provider -> this.providers.put(provider.name(), provider));
        this.maxSegments = maxSegments;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public ConnectorStatus status() {
        return ConnectorStatus.on(Channel.SMS, providers.values().stream()
                .map(provider -> provider.name() + " from " + PhoneNumbers.mask(provider.fromNumber()))
                .collect(Collectors.joining(", ")) + "; at most " + maxSegments + " segment(s) per reply");
    }

    @Override
    public DeliveryReceipt send(OutboundReply reply) throws DeliveryException {
        int segments = SmsSegments.count(reply.text());
        if (segments > maxSegments) {
            throw new DeliveryException("The reply takes " + segments + " SMS segments as "
                    + SmsSegments.encoding(reply.text()) + ", more than the " + maxSegments + " allowed", false, null);
        }
        return provider(reply).send(reply.recipientRef(), reply.text());
    }

    private SmsProvider provider(OutboundReply reply) throws DeliveryException {
        Optional<SmsProvider> named = SmsThread.parse(reply.threadId()).map(thread -> providers.get(thread.provider()));
        if (named.isPresent()) {
            return named.get();
        }
        if (providers.size() == 1) {
            return providers.values().iterator().next();
        }
        throw new DeliveryException("The SMS thread " + PhoneNumbers.maskAll(String.valueOf(reply.threadId()))
                + " names no configured provider (" + String.join(", ", providers.keySet()) + ")", false, null);
    }
}
