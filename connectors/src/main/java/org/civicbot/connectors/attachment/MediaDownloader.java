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
 */
public final class MediaDownloader {

    private final HttpClient http;
    private final AttachmentPolicy policy;
    private final Duration timeout;

    public MediaDownloader(HttpClient http, AttachmentPolicy policy, Duration timeout) {
        this.http = Objects.requireNonNull(http, "http");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    public static MediaDownloader withDefaults() {
        return new MediaDownloader(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
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
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout).GET();
        headers.forEach(request::header);
        HttpResponse<InputStream> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw PlatformException.ofStatus(0, null, "media download from " + url.getHost() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PlatformException.ofStatus(0, null, "media download interrupted", e);
        }
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
