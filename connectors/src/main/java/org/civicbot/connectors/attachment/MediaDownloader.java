package org.civicbot.connectors.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.civicbot.connectors.Attachment;
import org.civicbot.connectors.PlatformException;

/**
 * Fetches a citizen's photo from where the platform keeps it (a Twilio or 46elks media URL, a Telegram file
 * path, a Graph attachment URL) so that its GPS tags can be read, within an {@link AttachmentPolicy}: the
 * media type is checked before the body is read, and the body is read only up to the size limit. The stored
 * message keeps only the reference.
 *
 * <p>Redirects are followed here, not by the HTTP client: the JDK's client would send the first request's
 * {@code Authorization} to wherever a redirect points. Twilio answers a media URL with a redirect to signed
 * storage, which must get neither the account's credentials nor a second authentication beside its signature.
 * So credentials go only to the origin they were given for; like the JDK's normal policy, a redirect from https
 * to http is not followed, and at most five are.
 */
public final class MediaDownloader {

    private static final int MAX_REDIRECTS = 5;

    private final HttpClient http;
    private final AttachmentPolicy policy;
    private final Duration timeout;

    /** @param http a client that does not follow redirects itself ({@link HttpClient.Redirect#NEVER}) */
    public MediaDownloader(HttpClient http, AttachmentPolicy policy, Duration timeout) {
        this.http = Objects.requireNonNull(http, "http");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** Photos, a 5 s connect and 20 s download timeout. */
    public static MediaDownloader withDefaults() {
        return new MediaDownloader(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build(), AttachmentPolicy.PHOTOS, Duration.ofSeconds(20));
    }

    public AttachmentPolicy policy() {
        return policy;
    }

    /** What came of one download: the attachment with its content, or why it was not taken. */
    public record Download(Attachment attachment, String refusal) {
        public boolean taken() {
            return attachment != null;
        }
    }

    /**
     * Downloads the file.
     *
     * @param url       where the file is
     * @param reference what the stored message keeps (the platform's id or the URL without credentials)
     * @param headers   extra request headers (an {@code Authorization} for the provider's media), may be empty
     * @throws PlatformException when the platform does not answer or answers with an error (retryable for 429,
     *                           5xx and network failures)
     */
    public Download download(URI url, String reference, Map<String, String> headers) throws PlatformException {
        HttpResponse<InputStream> response = follow(url, headers);
        try (InputStream body = response.body()) {
            if (response.statusCode() / 100 != 2) {
                throw PlatformException.ofStatus(response.statusCode(), null,
                        "media download from " + url.getHost() + " answered " + response.statusCode(), null);
            }
            String type = AttachmentPolicy.normalized(response.headers().firstValue("Content-Type").orElse(""));
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            Optional<String> refused = policy.refusal(type, declared);
            if (refused.isPresent()) {
                return new Download(null, refused.get());
            }
            byte[] content = readUpTo(body, policy.maxBytes());
            if (content == null) {
                return new Download(null, "the attachment is more than " + policy.maxBytes() + " bytes; the limit is " + policy.maxBytes());
            }
            return new Download(new Attachment(type, reference, content.length, content), null);
        } catch (IOException e) {
            throw PlatformException.ofStatus(0, null, "media download from " + url.getHost() + " broke off: " + e, e);
        }
    }

    /** The final answer after following redirects, credentials kept to their origin. */
    private HttpResponse<InputStream> follow(URI first, Map<String, String> headers) throws PlatformException {
        URI url = first;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout).GET();
            if (sameOrigin(first, url)) {
                headers.forEach(request::header);
            }
            HttpResponse<InputStream> response = send(request.build(), url);
            Optional<String> location = response.headers().firstValue("Location");
            if (response.statusCode() / 100 != 3 || location.isEmpty()) {
                return response;
            }
            close(response);
            URI next = url.resolve(location.get());
            if ("https".equalsIgnoreCase(url.getScheme()) && !"https".equalsIgnoreCase(next.getScheme())) {
                throw PlatformException.ofStatus(400, null, "media at " + url.getHost()
                        + " redirects from https to " + next.getScheme() + "; not followed", null);
            }
            url = next;
        }
        throw PlatformException.ofStatus(400, null, "media at " + first.getHost() + " redirects more than "
                + MAX_REDIRECTS + " times", null);
    }

    private HttpResponse<InputStream> send(HttpRequest request, URI url) throws PlatformException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw PlatformException.ofStatus(0, null, "media download from " + url.getHost() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PlatformException.ofStatus(0, null, "media download interrupted", e);
        }
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI url) {
        return url.getPort() != -1 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // a redirect's body is not read; failing to close it leaves nothing behind that matters
        }
    }

    /** The whole stream, or null when it is longer than the limit (reading stops there). */
    private static byte[] readUpTo(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > limit) {
                return null;
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }
}
