package org.civicbot.connectors.twitter;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How the municipality's X account is reached: OAuth 1.0a user-context credentials of an app with read and
 * write permission, the account's numeric user id, the API's address and how often mentions are read.
 *
 * @param accountId    the municipality's user id (not the @handle): mentions of it are read, its own posts skipped
 * @param baseUrl      the API's address without a path, {@code https://api.twitter.com}; a fake server in tests
 * @param pollInterval the pause between two reads of the mentions when the rate limit leaves room
 */
public record TwitterSettings(String consumerKey, String consumerSecret, String accessToken,
                              String accessTokenSecret, long accountId, URI baseUrl, Duration pollInterval) {

    public static final URI API = URI.create("https://api.twitter.com");

    public TwitterSettings {
        requireText(consumerKey, "consumerKey");
        requireText(consumerSecret, "consumerSecret");
        requireText(accessToken, "accessToken");
        requireText(accessTokenSecret, "accessTokenSecret");
        if (accountId <= 0) {
            throw new IllegalArgumentException("accountId must be the account's numeric user id, was " + accountId);
        }
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(pollInterval, "pollInterval");
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("pollInterval must be positive, was " + pollInterval);
        }
    }

    /** The base URL as twitter4j joins paths to it: without a trailing slash. */
    String root() {
        String url = baseUrl.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    /** Without the keys and tokens, so the settings can be logged. */
    @Override
    public String toString() {
        return "TwitterSettings[accountId=" + accountId + ", baseUrl=" + baseUrl + ", pollInterval=" + pollInterval
                + "]";
    }
}
