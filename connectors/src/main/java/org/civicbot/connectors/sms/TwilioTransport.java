package org.civicbot.connectors.sms;

import java.net.URI;
import java.util.List;
import java.util.Objects;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.Header;

/**
 * The Twilio SDK's own HTTP client with two changes. It makes one attempt per call: the SDK would sleep and
 * try a 5xx again by itself, and its Apache client a 429 or 503, but civicbot's outbox does the retrying,
 * with backoff, without holding a thread. And it sends to a configured base URL instead of
 * {@code https://api.twilio.com} when one is set (a local fake server in tests); the SDK builds its URLs from
 * fixed Twilio domains and has no setting for that. It also keeps the status and {@code Retry-After} of each thread's last answer, which the SDK's
 * {@code ApiException} drops (the status too, when the error body is not Twilio's JSON).
 */
final class TwilioTransport extends NetworkHttpClient {

    private static final int[] NO_RETRY = new int[0];

    private final URI baseUrl;
    private final ThreadLocal<LastAnswer> lastAnswer = new ThreadLocal<>();

    /** What Twilio last answered on a thread: its HTTP status (0: no answer) and Retry-After (or null). */
    record LastAnswer(int status, String retryAfter) {
        static final LastAnswer NONE = new LastAnswer(0, null);
    }

    TwilioTransport(URI baseUrl) {
        super(HttpClientBuilder.create()
                .useSystemProperties()
                .disableAutomaticRetries()
                .setDefaultRequestConfig(DEFAULT_REQUEST_CONFIG)
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultSocketConfig(DEFAULT_SOCKET_CONFIG)
                        .build()));
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    }

    @Override
    public Response reliableRequest(Request request) {
        return reliableRequest(request, NO_RETRY, 1, 0);
    }

    @Override
    public Response makeRequest(Request request) {
        lastAnswer.remove();
        Response response = super.makeRequest(retargeted(request));
        if (response != null) {
            lastAnswer.set(new LastAnswer(response.getStatusCode(), header(response, "Retry-After")));
        }
        return response;
    }

    /** What Twilio last answered this thread. */
    LastAnswer lastAnswer() {
        LastAnswer answer = lastAnswer.get();
        return answer == null ? LastAnswer.NONE : answer;
    }

    private static String header(Response response, String name) {
        Header[] headers = response.getHeaders();
        if (headers == null) {
            return null;
        }
        for (Header header : headers) {
            if (name.equalsIgnoreCase(header.getName())) {
                return header.getValue();
            }
        }
        return null;
    }

    /** The same request addressed to the base URL, or the request itself when that is Twilio's. */
    private Request retargeted(Request original) {
        URI twilio = URI.create(original.getUrl());
        if (baseUrl.equals(TwilioAccount.API) || baseUrl.getHost().equalsIgnoreCase(twilio.getHost())) {
            return original;
        }
        String base = baseUrl.toString().replaceAll("/+$", "");
        Request copy = new Request(original.getMethod(), base + twilio.getRawPath()
                + (twilio.getRawQuery() == null ? "" : "?" + twilio.getRawQuery()));
        if (original.getAuthStrategy() != null) {
            copy.setAuth(original.getAuthStrategy());
        } else if (original.getUsername() != null) {
            copy.setAuth(original.getUsername(), original.getPassword());
        }
        original.getQueryParams().forEach((name, values) -> values.forEach(value -> copy.addQueryParam(name, value)));
        original.getPostParams().forEach((name, values) -> values.forEach(value -> copy.addPostParam(name, value)));
        original.getHeaderParams().forEach((name, values) -> values.forEach(value -> copy.addHeaderParam(name, value)));
        copy.setContentType(original.getContentType());
        if (original.getBody() != null) {
            copy.setBody(original.getBody());
        }
        if (original.getFormParameters() != null) {
            copy.setFormParameters(original.getFormParameters());
        }
        List<String> extensions = original.getUserAgentExtensions();
        if (extensions != null) {
            copy.setUserAgentExtensions(extensions);
        }
        return copy;
    }
}
