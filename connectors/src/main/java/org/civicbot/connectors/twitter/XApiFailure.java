package org.civicbot.connectors.twitter;

import java.time.Clock;
import java.time.Duration;

import org.civicbot.connectors.DeliveryException;
import org.civicbot.connectors.PlatformException;
import org.civicbot.connectors.retry.RetryAfter;
import twitter4j.JSONException;
import twitter4j.JSONObject;
import twitter4j.RateLimitStatus;
import twitter4j.TwitterException;

/**
 * What a failed X API call means for us: retryable or not, and how long X asked us to wait. twitter4j reports
 * every non-2xx answer as a {@link TwitterException} whose message is its own v1.1 description of the status
 * followed by the response body; the X API v2 body is a problem document ({@code title}, {@code detail}), which
 * is what we report.
 */
final class XApiFailure {

    private XApiFailure() {
    }

    /** The failure of a read (the mentions). */
    static PlatformException reading(String what, TwitterException failure, Clock clock) {
        int status = failure.getStatusCode();
        return PlatformException.ofStatus(status, waitAsked(failure, clock),
                "X API " + what + " failed: " + describe(failure), failure);
    }

    /**
     * The failure of a reply. A 403 is never retried: X refuses a reply when the author limits who may answer,
     * the post is deleted or hidden from us, the text repeats one we already posted, or the app may not write.
     */
    static DeliveryException replying(String tweetId, TwitterException failure, Clock clock) {
        int status = failure.getStatusCode();
        String because = switch (status) {
            case 401 -> "X did not accept the app's credentials (401; check the consumer key and secret and the"
                    + " access token and secret): ";
            case 403 -> "X refused the reply to post " + tweetId + " (403: the author may not allow replies from"
                    + " this account, the post may be deleted or not visible to it, the same text may already have"
                    + " been posted, or the app lacks write permission): ";
            default -> "X API reply to post " + tweetId + " failed: ";
        };
        return new DeliveryException(because + describe(failure), PlatformException.isRetryableStatus(status),
                waitAsked(failure, clock), failure);
    }

    /**
     * How long to wait: on a 429, until the rate-limit window resets ({@code x-rate-limit-reset}, epoch seconds;
     * X announces its waits this way, not with {@code Retry-After}); else not said.
     */
    private static Duration waitAsked(TwitterException failure, Clock clock) {
        RateLimitStatus limit = failure.getRateLimitStatus();
        if (failure.getStatusCode() != 429 || limit == null) {
            return null;
        }
        return RetryAfter.untilEpochSeconds(Integer.toString(limit.getResetTimeInSeconds()), clock);
    }

    /** The status and X's own words for the failure: the problem's detail, or its title. */
    private static String describe(TwitterException failure) {
        if (failure.getStatusCode() <= 0) {
            // No status: the network failed, or the answer could not be read.
            return "no usable answer (" + (failure.getCause() != null ? failure.getCause() : failure.getMessage()) + ")";
        }
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        int body = message.indexOf('{');
        if (body >= 0) {
            try {
                JSONObject problem = new JSONObject(message.substring(body).trim());
                String words = problem.optString("detail", problem.optString("title", ""));
                if (!words.isBlank()) {
                    return failure.getStatusCode() + " " + words;
                }
            } catch (JSONException notJson) {
                // Not a problem document (an HTML error page from a proxy): the status says enough.
            }
        }
        return "HTTP " + failure.getStatusCode();
    }
}
