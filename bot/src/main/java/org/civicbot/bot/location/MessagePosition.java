package org.civicbot.bot.location;

import java.io.ByteArrayInputStream;
import java.util.Optional;

import org.civicbot.classifier.location.GeoPoint;
import org.civicbot.classifier.location.Location;
import org.civicbot.classifier.location.PhotoPosition;
import org.civicbot.classifier.location.PointSource;
import org.civicbot.connectors.Attachment;
import org.civicbot.connectors.InboundMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the citizen was when writing, as it came with the message rather than in its text: the position the
 * platform sent ({@link PointSource#DEVICE}) or, failing that, the GPS tags of the first photo
 * ({@link PointSource#PHOTO_EXIF}).
 *
 * @param accuracyMeters how far off it may be; null when the platform did not say
 */
public record MessagePosition(double latitude, double longitude, Integer accuracyMeters, PointSource source) {

    /** EXIF sits at the start of a photo; reading stops here however large the file is. */
    private static final long PHOTO_READ_LIMIT_BYTES = 20L * 1024 * 1024;
    /**
     * Counted for a device position whose platform gave no accuracy: a phone's fix is usually better, a point
     * picked on a map may be worse.
     */
    private static final int UNKNOWN_ACCURACY_METERS = 50;

    private static final Logger log = LoggerFactory.getLogger(MessagePosition.class);

    /** The message's position, or empty when it brought none; a photo without usable GPS tags is no error. */
    public static Optional<MessagePosition> of(InboundMessage message) {
        if (message.position() != null) {
            return Optional.of(new MessagePosition(message.position().latitude(), message.position().longitude(),
                    message.position().accuracyMeters(), PointSource.DEVICE));
        }
        return message.attachments().stream().filter(a -> a.isImage() && a.hasContent()).findFirst()
                .flatMap(photo -> fromPhoto(message, photo));
    }

    private static Optional<MessagePosition> fromPhoto(InboundMessage message, Attachment photo) {
        PhotoPosition.Result read = PhotoPosition.read(new ByteArrayInputStream(photo.content()),
                PHOTO_READ_LIMIT_BYTES);
        if (read.position().isEmpty()) {
            log.debug("No position in the photo of {} message {}: {}", message.channel().id(), message.externalId(),
                    read.problem());
        }
        return read.position()
                .map(p -> new MessagePosition(p.lat(), p.lon(), p.precisionMeters(), PointSource.PHOTO_EXIF));
    }

    /**
     * As a location for the locator. A position outside Sweden keeps its place in the message's list with
     * that problem but cannot be the best location: the municipality cannot act on it.
     */
    public Location asLocation() {
        GeoPoint point = new GeoPoint(latitude, longitude);
        Location location = Location.position(point,
                accuracyMeters == null ? UNKNOWN_ACCURACY_METERS : accuracyMeters, source);
        return point.inSweden() ? location : location.withProblem("outside Sweden");
    }
}
