package org.civicbot.connectors;

import java.util.Objects;

/**
 * A file that came with a message (an MMS photo, a Telegram picture). The content itself stays with the
 * platform or the media store; the message keeps a reference to it.
 *
 * @param mediaType IANA media type such as {@code image/jpeg}
 * @param reference where the content can be fetched (platform file id or URL)
 * @param sizeBytes size in bytes, or -1 when the platform does not say
 */
public record Attachment(String mediaType, String reference, long sizeBytes) {
    public Attachment {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(reference, "reference");
    }
}
