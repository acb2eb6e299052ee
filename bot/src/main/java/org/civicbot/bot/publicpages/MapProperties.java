package org.civicbot.bot.publicpages;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public map ({@code civicbot.map}): whose tiles it shows, with their attribution, and where it opens.
 *
 * @param tileUrl        an XYZ tile template with {@code {z}}, {@code {x}} and {@code {y}} (and optionally
 *                       {@code {s}} for subdomains); its origin is what the page's policy lets images come from
 * @param attribution    the tiles' credit, plain text, shown on the map
 * @param attributionUrl where the credit links to
 */
@ConfigurationProperties("civicbot.map")
record MapProperties(
        @DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png") String tileUrl,
        @DefaultValue("© OpenStreetMap contributors") String attribution,
        @DefaultValue("https://www.openstreetmap.org/copyright") String attributionUrl,
        @DefaultValue Centre centre,
        @DefaultValue("13") int zoom) {

    /** The demo municipality's centre: Karlstad. */
    record Centre(@DefaultValue("59.3793") double lat, @DefaultValue("13.5036") double lon) {
        Centre {
            if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
                throw new IllegalArgumentException("civicbot.map.centre must be WGS84 degrees, not " + lat + ", "
                        + lon);
            }
        }
    }

    MapProperties {
        if (!tileUrl.matches("https?://[^/?#]+/.*") || !tileUrl.contains("{z}") || !tileUrl.contains("{x}")
                || !tileUrl.contains("{y}")) {
            throw new IllegalArgumentException("civicbot.map.tile-url must be an http(s) URL with {z}, {x} and {y}, "
                    + "not " + tileUrl);
        }
        if (zoom < 0 || zoom > 19) {
            throw new IllegalArgumentException("civicbot.map.zoom must be 0 to 19, not " + zoom);
        }
    }

    /** The tiles' origin as a content-security-policy source: {@code {s}} subdomains become a wildcard. */
    String tileSource() {
        int hostEnd = tileUrl.indexOf('/', tileUrl.indexOf("://") + 3);
        return tileUrl.substring(0, hostEnd).replace("{s}", "*");
    }
}
