package org.civicbot.connectors.sms;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.civicbot.connectors.Attachment;
import org.civicbot.connectors.PlatformException;
import org.civicbot.connectors.attachment.AttachmentPolicy;
import org.civicbot.connectors.attachment.MediaDownloader;

/**
 * The pictures of an MMS, fetched from the provider that holds them (Twilio's and 46elks' media URLs answer
 * only with the account's credentials) so the bot can read a photo's GPS tags, within
 * {@link AttachmentPolicy#PHOTOS}. The credentials go only to the provider's own API host, and are dropped when
 * a redirect leads elsewhere (as {@link MediaDownloader} follows redirects). A picture that is not taken (too large, not a
 * photo) or cannot be fetched now stays on the message as a reference: the citizen's message is never lost over
 * its attachment.
 */
final class SmsMedia {

    private static final System.Logger log = System.getLogger(SmsMedia.class.getName());

    private final MediaDownloader downloader = MediaDownloader.withDefaults();
    private final String providerHost;
    private final String authorization;

    /**
     * @param apiBaseUrl the provider's API address; media there is fetched with the credentials
     */
    SmsMedia(URI apiBaseUrl, String username, String password) {
        this.providerHost = Objects.requireNonNull(apiBaseUrl.getHost(), "apiBaseUrl has no host");
        this.authorization = basicAuthorization(username, password);
    }

    /** The {@code Authorization} header value of HTTP basic authentication. */
    static String basicAuthorization(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The attachment at this URL, with its content when it was taken.
     *
     * @param declaredType the media type the provider announced, or null when it does not say (46elks)
     * @return empty when the URL is not an absolute http(s) URL
     */
    Optional<Attachment> fetch(String url, String declaredType) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (!uri.isAbsolute() || uri.getHost() == null
                || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            return Optional.empty();
        }
        String type = declaredType != null ? AttachmentPolicy.normalized(declaredType)
                : Optional.ofNullable(URLConnection.guessContentTypeFromName(uri.getPath()))
                .orElse("application/octet-stream");
        Attachment reference = new Attachment(type.isEmpty() ? "application/octet-stream" : type, url, -1);
        if (declaredType != null) {
            Optional<String> refused = downloader.policy().refusal(declaredType, -1);
            if (refused.isPresent()) {
                log.log(System.Logger.Level.INFO, "MMS attachment kept as a reference only: " + refused.get());
                return Optional.of(reference);
            }
        }
        Map<String, String> headers = providerHost.equalsIgnoreCase(uri.getHost())
                ? Map.of("Authorization", authorization) : Map.of();
        try {
            MediaDownloader.Download download = downloader.download(uri, url, headers);
            if (download.taken()) {
                return Optional.of(download.attachment());
            }
            log.log(System.Logger.Level.INFO, "MMS attachment kept as a reference only: " + download.refusal());
        } catch (PlatformException e) {
            log.log(System.Logger.Level.WARNING, "MMS attachment kept as a reference only: " + e.getMessage());
        }
        return Optional.of(reference);
    }
}
