package org.civicbot.bot.channels.facebook;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.civicbot.connectors.facebook.FacebookGraph;
import org.civicbot.connectors.facebook.FacebookSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Facebook Page channel's settings ({@code civicbot.channels.facebook.*}, from
 * {@code CIVICBOT_CHANNELS_FACEBOOK_*}): the Page's id and access token, the Meta app's secret (webhook
 * signatures) and the webhook's verify token, the Graph API's address, whether late Messenger replies use the
 * HUMAN_AGENT tag, and whether comments are also polled (a fallback to the {@code feed} webhook) and how often.
 * The channel is on when the four credentials are set; the secrets come only from the environment.
 */
@ConfigurationProperties("civicbot.channels.facebook")
public record FacebookChannelProperties(
        @DefaultValue("") String pageId,
        @DefaultValue("") String pageAccessToken,
        @DefaultValue("") String appSecret,
        @DefaultValue("") String verifyToken,
        @DefaultValue(FacebookGraph.DEFAULT_BASE_URL) String graphBaseUrl,
        @DefaultValue("false") boolean humanAgentTag,
        @DefaultValue("false") boolean pollComments,
        @DefaultValue("2m") Duration pollInterval) {

    private static final String PREFIX = "CIVICBOT_CHANNELS_FACEBOOK_";

    /** The environment variables that are not set, in the docs' order. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        addIfBlank(missing, pageId, "PAGEID");
        addIfBlank(missing, pageAccessToken, "PAGEACCESSTOKEN");
        addIfBlank(missing, appSecret, "APPSECRET");
        addIfBlank(missing, verifyToken, "VERIFYTOKEN");
        return missing;
    }

    /** The connector's settings; only when nothing is {@link #missing()}. */
    FacebookSettings settings() {
        return new FacebookSettings(pageId.strip(), pageAccessToken.strip(), appSecret.strip(), verifyToken.strip(),
                graphBaseUrl.strip(), humanAgentTag);
    }

    private static void addIfBlank(List<String> missing, String value, String name) {
        if (value == null || value.isBlank()) {
            missing.add(PREFIX + name);
        }
    }

    /** Without the secrets, since settings end up in logs and failure analyses. */
    @Override
    public String toString() {
        return "FacebookChannelProperties[pageId=" + pageId + ", graphBaseUrl=" + graphBaseUrl + ", humanAgentTag="
                + humanAgentTag + ", pollComments=" + pollComments + ", pollInterval=" + pollInterval
                + ", missing=" + missing() + "]";
    }
}
