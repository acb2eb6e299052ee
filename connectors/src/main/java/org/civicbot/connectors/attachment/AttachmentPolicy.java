package org.civicbot.connectors.attachment;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which attachments civicbot takes from citizens: photos (what fault reports carry) up to a size. Everything
 * else (video, documents, executables) is left on the platform: the message is kept, the file is not fetched.
 *
 * @param maxBytes     largest file fetched
 * @param allowedTypes media types fetched, lower case, without parameters
 */
public record AttachmentPolicy(long maxBytes, Set<String> allowedTypes) {

    /** Photos as phones send them, up to 10 MB (the simulator's limit too). */
    public static final AttachmentPolicy PHOTOS = new AttachmentPolicy(10L * 1024 * 1024,
            Set.of("image/jpeg", "image/png", "image/heic", "image/heif", "image/webp", "image/gif"));

    public AttachmentPolicy {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        allowedTypes = Set.copyOf(allowedTypes);
    }

    /** Why a file of this type and size is not taken, or empty when it is. A size of -1 means not known yet. */
    public Optional<String> refusal(String mediaType, long sizeBytes) {
        String type = normalized(mediaType);
        if (type.isEmpty()) {
            return Optional.of("the attachment has no media type");
        }
        if (!allowedTypes.contains(type)) {
            return Optional.of("media type " + type + " is not taken (only " + String.join(", ",
                    allowedTypes.stream().sorted().toList()) + ")");
        }
        if (sizeBytes > maxBytes) {
            return Optional.of("the attachment is " + sizeBytes + " bytes; the limit is " + maxBytes);
        }
        return Optional.empty();
    }

    /** A media type in lower case without parameters ({@code image/JPEG; q=1} → {@code image/jpeg}). */
    public static String normalized(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        int semicolon = mediaType.indexOf(';');
        String bare = semicolon < 0 ? mediaType : mediaType.substring(0, semicolon);
        return bare.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public Set<String> allowedTypes() {
        return Objects.requireNonNull(allowedTypes);
    }
}
