package org.civicbot.connectors.facebook;

import java.net.HttpURLConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import com.restfb.DefaultFacebookClient;
import com.restfb.DefaultJsonMapper;
import com.restfb.DefaultWebRequestor;
import com.restfb.FacebookClient;
import com.restfb.FacebookEndpoints;
import com.restfb.Version;
import com.restfb.exception.FacebookException;
import com.restfb.exception.FacebookGraphException;
import com.restfb.exception.FacebookNetworkException;
import org.civicbot.connectors.PlatformException;
import org.civicbot.connectors.retry.RetryAfter;

/**
 * The Graph API as the Page's access token reaches it, through restfb, with what restfb leaves to its users:
 * Graph's rate limits (error codes 4, 17, 32, 613 and the 80001-range, HTTP 429, and the usage headers past
 * 90 %) and the difference between failures worth retrying (limits, 5xx, transient errors, network) and those
 * that are not (an expired token, a missing permission, a citizen who cannot be reached).
 *
 * <p>Every call goes through {@link #call}. When Graph reported high usage, calls stop until the time it
 * estimated has passed, and fail at once with a retryable {@link PlatformException} naming the wait.
 */
public final class FacebookGraph {

    /** The Graph API version civicbot was written and tested against. */
    public static final Version VERSION = Version.VERSION_23_0;
    /** The real Graph API. */
    public static final String DEFAULT_BASE_URL = "https://graph.facebook.com";

    /** Rate limits: application (4), user (17), page (32), API-specific (613). */
    private static final Set<Integer> RATE_LIMIT_CODES = Set.of(4, 17, 32, 613);
    /** Business-use-case rate limits (80001 pages, 80006 Messenger, …). */
    private static final int FIRST_BUSINESS_RATE_LIMIT = 80_000;
    private static final int LAST_BUSINESS_RATE_LIMIT = 80_099;
    /** Unknown (1) and service (2) errors, which Graph documents as temporary. */
    private static final Set<Integer> TEMPORARY_CODES = Set.of(1, 2);
    /**
     * Never better on a second try: no permission (10, 200-299), the citizen cannot be reached (551), the token
     * is invalid or expired (190).
     */
    private static final Set<Integer> PERMANENT_CODES = Set.of(10, 190, 551);
    /** Code 10 with this subcode: the message is outside Messenger's reply window. */
    private static final int OUTSIDE_WINDOW_SUBCODE = 2_018_278;
    /** The wait after a rate-limit error that came without an estimate. */
    static final Duration RATE_LIMIT_PAUSE = Duration.ofMinutes(5);

    private final FacebookClient client;
    private final HeaderRecordingRequestor requestor;
    private final Clock clock;
    private final AtomicReference<Instant> pausedUntil = new AtomicReference<>(Instant.MIN);

    /**
     * @param baseUrl         the Graph API's address, {@link #DEFAULT_BASE_URL} but for tests
     * @param pageAccessToken the Page's access token (sent in the Authorization header)
     * @param appSecret       the app secret, for the {@code appsecret_proof} Graph asks for when the app
     *                        requires it
     */
    public FacebookGraph(String baseUrl, String pageAccessToken, String appSecret, Clock clock) {
        String graph = Objects.requireNonNull(baseUrl, "baseUrl").replaceAll("/+$", "");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.requestor = new HeaderRecordingRequestor();
        DefaultFacebookClient facebook = new DefaultFacebookClient(
                Objects.requireNonNull(pageAccessToken, "pageAccessToken"), appSecret, requestor,
                new DefaultJsonMapper(), VERSION);
        facebook.setFacebookEndpointUrls(new FacebookEndpoints() {
            @Override
            public String getGraphEndpoint() {
                return graph;
            }
        });
        facebook.setHeaderAuthorization(true);
        this.client = facebook;
    }

    /**
     * Makes one Graph call (or a few, when it pages through a connection).
     *
     * @param what what is being done, for the error message ("sending a Messenger reply")
     * @throws PlatformException when Graph refuses or fails, retryable or not as explained above
     */
    <T> T call(String what, Function<FacebookClient, T> call) throws PlatformException {
        Instant now = clock.instant();
        Instant until = pausedUntil.get();
        if (now.isBefore(until)) {
            throw new PlatformException("Graph API usage is above " + GraphUsage.THRESHOLD_PERCENT
                    + " %; not " + what + " until " + until, true, Duration.between(now, until), null);
        }
        requestor.forget();
        try {
            T result = call.apply(client);
            pauseIfUsageIsHigh();
            return result;
        } catch (FacebookException e) {
            Optional<Duration> usagePause = pauseIfUsageIsHigh();
            throw failure(what, e, usagePause);
        } finally {
            requestor.forget();
        }
    }

    private Optional<Duration> pauseIfUsageIsHigh() {
        Optional<Duration> pause = GraphUsage.pause(requestor.lastHeaders());
        pause.ifPresent(p -> {
            Instant until = clock.instant().plus(p);
            pausedUntil.accumulateAndGet(until, (a, b) -> a.isAfter(b) ? a : b);
        });
        return pause;
    }

    private PlatformException failure(String what, FacebookException e, Optional<Duration> usagePause) {
        Duration retryAfter = RetryAfter.fromHeader(requestor.lastHeaders().get("retry-after"), clock);
        if (e instanceof FacebookGraphException graph) {
            int code = graph.getErrorCode() == null ? 0 : graph.getErrorCode();
            int status = graph.getHttpStatusCode() == null ? 0 : graph.getHttpStatusCode();
            String message = "Graph API refused " + what + ": (#" + code + ") " + graph.getErrorMessage();
            if (isRateLimit(code)) {
                return new PlatformException(message, true, usagePause.or(() -> Optional.ofNullable(retryAfter))
                        .orElse(RATE_LIMIT_PAUSE), e);
            }
            if (PERMANENT_CODES.contains(code) || (code >= 200 && code < 300)) {
                return new PlatformException(message + hint(code, graph.getErrorSubcode()), false, null, e);
            }
            boolean temporary = TEMPORARY_CODES.contains(code) || Boolean.TRUE.equals(graph.getIsTransient())
                    || status >= 500;
            return new PlatformException(message, temporary, temporary ? retryAfter : null, e);
        }
        if (e instanceof FacebookNetworkException network) {
            int status = network.getHttpStatusCode() == null ? 0 : network.getHttpStatusCode();
            String message = "Graph API " + (status > 0 ? "answered HTTP " + status : "could not be reached")
                    + " while " + what;
            if (status == 429) {
                return new PlatformException(message, true, Optional.ofNullable(retryAfter).or(() -> usagePause)
                        .orElse(RATE_LIMIT_PAUSE), e);
            }
            return PlatformException.ofStatus(status, retryAfter, message, e);
        }
        return new PlatformException("Graph API gave an answer restfb cannot read while " + what + ": "
                + e.getMessage(), false, null, e);
    }

    private static boolean isRateLimit(int code) {
        return RATE_LIMIT_CODES.contains(code)
                || (code >= FIRST_BUSINESS_RATE_LIMIT && code <= LAST_BUSINESS_RATE_LIMIT);
    }

    private static String hint(int code, Integer subcode) {
        if (subcode != null && subcode == OUTSIDE_WINDOW_SUBCODE) {
            return " (" + FacebookReplies.OUTSIDE_WINDOW + ")";
        }
        return switch (code) {
            case 190 -> " (the Page access token is invalid or expired:"
                    + " set a new CIVICBOT_CHANNELS_FACEBOOK_PAGEACCESSTOKEN)";
            case 551 -> " (this person is not available to receive messages)";
            default -> " (the Page access token lacks a permission this needs; see docs/channels/facebook.md)";
        };
    }

    /**
     * restfb's requestor, keeping each answer's headers for the thread that made the call (restfb keeps only
     * the last answer's, shared by all threads), so rate-limit headers are read from the right answer.
     */
    private static final class HeaderRecordingRequestor extends DefaultWebRequestor {

        private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
        private static final int READ_TIMEOUT_MILLIS = 30_000;

        private final ThreadLocal<Map<String, String>> headers = ThreadLocal.withInitial(Map::of);

        @Override
        protected void customizeConnection(HttpURLConnection connection) {
            connection.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
            connection.setReadTimeout(READ_TIMEOUT_MILLIS);
        }

        @Override
        protected void fillHeaderAndDebugInfo(HttpURLConnection connection) {
            super.fillHeaderAndDebugInfo(connection);
            Map<String, String> received = new TreeMap<>();
            connection.getHeaderFields().forEach((name, values) -> {
                if (name != null && !values.isEmpty()) {
                    received.put(name.toLowerCase(Locale.ROOT), values.get(0));
                }
            });
            headers.set(Map.copyOf(received));
        }

        Map<String, String> lastHeaders() {
            return headers.get();
        }

        void forget() {
            headers.remove();
        }
    }
}
