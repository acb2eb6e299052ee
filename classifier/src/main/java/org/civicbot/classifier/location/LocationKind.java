package org.civicbot.classifier.location;

/** What a location mention is, from the most to the least precise kind a citizen usually gives. */
public enum LocationKind {
    /** Latitude/longitude or SWEREF 99 TM in the text or a map link; also a position sent with the message. */
    COORDINATES,
    /** A numbered lamp post, sign, bin or tag on street furniture. */
    ASSET,
    /** Street and house number. */
    ADDRESS,
    /** Two streets that meet. */
    INTERSECTION,
    /** A street or road without a number. */
    STREET,
    /** A district, park, square, school, shop or landmark. */
    PLACE,
    /** A Swedish postcode. */
    POSTCODE
}
