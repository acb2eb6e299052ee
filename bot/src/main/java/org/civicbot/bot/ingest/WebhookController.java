package org.civicbot.bot.ingest;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.civicbot.connectors.Channel;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where platforms deliver citizen messages: {@code /webhooks/{channel}}. A channel must be known and
 * connected on this installation; the simulator is driven through {@code /api/simulator} instead.
 */
@RestController
class WebhookController {

    private static final int MAX_ECHOED_NAME = 40;

    @PostMapping("/webhooks/{channel}")
    void receive(@PathVariable String channel) {
        Channel known = Channel.fromId(channel).orElseThrow(() -> new MessageRejectedException(
                MessageRejectedException.Problem.UNKNOWN_CHANNEL,
                "Unknown channel '" + shortened(channel) + "'; civicbot knows " + Arrays.stream(Channel.values())
                        .map(Channel::id).collect(Collectors.joining(", "))));
        throw new MessageRejectedException(MessageRejectedException.Problem.UNKNOWN_CHANNEL,
                "Channel '" + known.id() + "' is not connected on this installation"
                        + (known == Channel.SIMULATOR ? "; post simulator messages to /api/simulator/messages" : ""));
    }

    private static String shortened(String name) {
        return name.length() <= MAX_ECHOED_NAME ? name : name.substring(0, MAX_ECHOED_NAME) + "…";
    }
}
