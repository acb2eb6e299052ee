package org.civicbot.classifier.location;

/** Where a location's point came from, so staff can judge how far to trust it. */
public enum PointSource {
    /** Coordinates or a map link written in the message. */
    TEXT,
    /** The municipality's own gazetteer: address points, streets, places, assets. */
    GAZETTEER,
    /** The postcode table (a locality centroid: a few kilometres). */
    POSTCODES,
    /** A Nominatim (OpenStreetMap) server. */
    NOMINATIM,
    /** A position the platform sent with the message (Telegram location, tweet geo, Facebook location). */
    DEVICE,
    /** The GPS tags in a photo's EXIF. */
    PHOTO_EXIF
}
