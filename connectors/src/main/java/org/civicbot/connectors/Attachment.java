package org.civicbot.connectors;

import java.util.Objects;

/**
 * A file that came with a message (an MMS photo, a Telegram picture). The message keeps a reference to where
 * the platform or the media store has it; a connector that downloaded the file also hands over its content,
 * so that what is inside (a photo's GPS tags) can be read before the message is stored.
 *
 * @param mediaType IANA media type such as {@code image/jpeg}
 * @param reference where the content can be fetched (platform file id or URL)
 * @param sizeBytes size in bytes, or -1 when the platform does not say
 * @param content   the downloaded file, or null when it was not downloaded; copied in and out, so the
 *                  attachment stays immutable
 */
public record Attachment(String mediaType, String reference, long sizeBytes, byte[] content) {

    public Attachment {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(reference, "reference");
        content = content == null ? null : content.clone();
    }

    /** An attachment whose content was not downloaded. */
    public Attachment(String mediaType, String reference, long sizeBytes) {
        this(mediaType, reference, sizeBytes, null);
    }

    @Override
    public byte[] content() {
        return content == null ? null : content.clone();
    }

    public boolean hasContent() {
        return content != null;
    }

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }
}
