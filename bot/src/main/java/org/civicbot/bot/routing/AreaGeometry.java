package org.civicbot.bot.routing;

import java.util.Locale;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/** An area's polygon, read from GeoJSON and prepared for fast point-in-polygon tests. */
final class AreaGeometry {

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final Envelope WORLD = new Envelope(-180, 180, -90, 90);

    private final PreparedGeometry prepared;

    private AreaGeometry(Geometry geometry) {
        this.prepared = PreparedGeometryFactory.prepare(geometry);
    }

    /**
     * Reads a GeoJSON Polygon or MultiPolygon in WGS84 longitude/latitude.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    static AreaGeometry parse(String geoJson) {
        Geometry geometry;
        try {
            geometry = new GeoJsonReader(FACTORY).read(geoJson);
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("the geometry is not GeoJSON: " + e.getMessage());
        }
        String type = geometry.getGeometryType();
        if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
            throw new IllegalArgumentException("the geometry must be a Polygon or MultiPolygon, was " + type);
        }
        if (geometry.isEmpty() || !WORLD.contains(geometry.getEnvelopeInternal())) {
            throw new IllegalArgumentException("the geometry must be longitude/latitude (WGS84) within the globe");
        }
        if (!geometry.isValid()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the polygon is not valid (it crosses itself, or a ring is not closed)"));
        }
        return new AreaGeometry(geometry);
    }

    boolean contains(double latitude, double longitude) {
        return prepared.covers(FACTORY.createPoint(new Coordinate(longitude, latitude)));
    }
}
