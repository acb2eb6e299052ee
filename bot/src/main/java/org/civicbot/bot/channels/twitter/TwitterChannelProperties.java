package org.civicbot.bot.channels.twitter;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.civicbot.connectors.twitter.TwitterSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The X channel's settings ({@code civicbot.channels.twitter.*}, from {@code CIVICBOT_CHANNELS_TWITTER_*}): the
 * app's OAuth 1.0a consumer key and secret, the access token and secret of the municipality's account (user
 * context, read and write), that account's numeric user id, the API's address and how often mentions are read.
 * The channel is on when the five credentials are all set; the secrets come only from the environment.
 */
@ConfigurationProperties("civicbot.channels.twitter")
public record TwitterChannelProperties(
        @DefaultValue("") String consumerKey,
        @DefaultValue("") String consumerSecret,
        @DefaultValue("") String accessToken,
        @DefaultValue("") String accessTokenSecret,
        @DefaultValue("") String accountId,
        @DefaultValue("https://api.twitter.com") URI baseUrl,
        @DefaultValue("60s") Duration pollInterval) {

    private static final String PREFIX = "CIVICBOT_CHANNELS_TWITTER_";

    /** The environment variables that are not set (or, for the account id, not a user id), in the docs' order. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        addIfBlank(missing, consumerKey, "CONSUMERKEY");
        addIfBlank(missing, consumerSecret, "CONSUMERSECRET");
        addIfBlank(missing, accessToken, "ACCESSTOKEN");
        addIfBlank(missing, accessTokenSecret, "ACCESSTOKENSECRET");
        if (accountId == null || !accountId.strip().matches("\\d{1,19}")) {
            missing.add(PREFIX + "ACCOUNTID" + (accountId == null || accountId.isBlank() ? "" : " (the numeric user id)"));
        }
        return missing;
    }

    /** The connector's settings; only when nothing is {@link #missing()}. */
    TwitterSettings settings() {
        return new TwitterSettings(consumerKey.strip(), consumerSecret.strip(), accessToken.strip(),
                accessTokenSecret.strip(), Long.parseLong(accountId.strip()), baseUrl, pollInterval);
    }

    private static void addIfBlank(List<String> missing, String value, String name) {
        if (value == null || value.isBlank()) {
            missing.add(PREFIX + name);
        }
    }

    /** Without the secrets, since settings end up in logs and failure analyses. */
    @Override
    public String toString() {
        return "TwitterChannelProperties[accountId=" + accountId + ", baseUrl=" + baseUrl + ", pollInterval="
                + pollInterval + ", missing=" + missing() + "]";
    }
}
