package org.civicbot.bot.routing;

/**
 * A named area routing rules can refer to.
 *
 * @param kind      {@code DISTRICT}, or {@code EXTERNAL}: maintained by another authority (a state road)
 * @param authority who maintains an external area (Trafikverket); null for districts
 * @param geometry  a GeoJSON Polygon or MultiPolygon, WGS84 longitude/latitude
 */
public record Area(String code, String name, Kind kind, String authority, String geometry) {

    public enum Kind {
        DISTRICT, EXTERNAL
    }
}
