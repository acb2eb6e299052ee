package org.civicbot.bot.channels;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicbot.connectors.Connector;
import org.civicbot.connectors.ConnectorStatus;
import org.civicbot.connectors.webhook.WebhookReceiver;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Actuator health for the channels: which are on (and their webhook paths and polling), which are off and
 * what would switch them on. A channel that is off, or a platform that is failing, does not make civicbot
 * unhealthy: the other channels and the inbox go on working, and polling retries by itself.
 */
@Component("channels")
class ChannelsHealthIndicator extends AbstractHealthIndicator {

    private final List<Connector> connectors;
    private final List<WebhookReceiver> receivers;
    private final ChannelPolling polling;

    ChannelsHealthIndicator(List<Connector> connectors, List<WebhookReceiver> receivers, ChannelPolling polling) {
        super("Channel health check failed");
        this.connectors = connectors;
        this.receivers = receivers;
        this.polling = polling;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.up();
        for (Connector connector : connectors) {
            ConnectorStatus status = connector.status();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("enabled", status.enabled());
            detail.put("detail", status.detail());
            List<String> webhooks = receivers.stream().filter(r -> r.channel() == status.channel())
                    .map(r -> ChannelWebhookController.PREFIX + r.path()).toList();
            if (!webhooks.isEmpty()) {
                detail.put("webhooks", webhooks);
            }
            polling.schedules().forEach((account, schedule) -> {
                if (account.startsWith(status.channel().id() + ":")) {
                    detail.put("polling " + account, schedule);
                }
            });
            builder.withDetail(status.channel().id(), detail);
        }
    }
}
