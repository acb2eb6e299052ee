package org.civicbot.classifier.geocoding;

import java.util.List;

import org.civicbot.classifier.location.GeoPoint;

/**
 * A street's centre line. Distances use a local flat projection (metres east/north of the first vertex),
 * exact enough within a municipality.
 */
public record Polyline(List<GeoPoint> vertices) {

    public Polyline {
        if (vertices.size() < 2) {
            throw new IllegalArgumentException("a line needs two points");
        }
        vertices = List.copyOf(vertices);
    }

    double lengthMeters() {
        double sum = 0;
        for (int i = 1; i < vertices.size(); i++) {
            sum += vertices.get(i - 1).distanceMeters(vertices.get(i));
        }
        return sum;
    }

    /** The point a given distance along the line from its first vertex (clamped to the line). */
    GeoPoint along(double meters) {
        double left = Math.max(0, meters);
        for (int i = 1; i < vertices.size(); i++) {
            GeoPoint a = vertices.get(i - 1);
            GeoPoint b = vertices.get(i);
            double segment = a.distanceMeters(b);
            if (left <= segment && segment > 0) {
                double t = left / segment;
                return new GeoPoint(a.lat() + t * (b.lat() - a.lat()), a.lon() + t * (b.lon() - a.lon()));
            }
            left -= segment;
        }
        return vertices.get(vertices.size() - 1);
    }

    /** The point of the line nearest to p. */
    GeoPoint nearestTo(GeoPoint p) {
        double cos = Math.cos(Math.toRadians(p.lat()));
        GeoPoint best = vertices.get(0);
        double bestDistance = Double.MAX_VALUE;
        for (int i = 1; i < vertices.size(); i++) {
            GeoPoint a = vertices.get(i - 1);
            GeoPoint b = vertices.get(i);
            double ax = (a.lon() - p.lon()) * cos;
            double ay = a.lat() - p.lat();
            double dx = (b.lon() - a.lon()) * cos;
            double dy = b.lat() - a.lat();
            double lengthSquared = dx * dx + dy * dy;
            double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
            double x = ax + t * dx;
            double y = ay + t * dy;
            double d = x * x + y * y;
            if (d < bestDistance) {
                bestDistance = d;
                best = new GeoPoint(a.lat() + t * (b.lat() - a.lat()), a.lon() + t * (b.lon() - a.lon()));
            }
        }
        return best;
    }

    double distanceMeters(GeoPoint p) {
        return nearestTo(p).distanceMeters(p);
    }

    /** Where two lines come closest: the crossing of two streets, or the nearest approach when they do not meet. */
    GeoPoint closestApproach(Polyline other) {
        for (int i = 1; i < vertices.size(); i++) {
            for (int j = 1; j < other.vertices.size(); j++) {
                GeoPoint crossing = crossing(vertices.get(i - 1), vertices.get(i), other.vertices.get(j - 1),
                        other.vertices.get(j));
                if (crossing != null) {
                    return crossing;
                }
            }
        }
        GeoPoint best = vertices.get(0);
        double bestDistance = Double.MAX_VALUE;
        for (GeoPoint v : vertices) {
            GeoPoint onOther = other.nearestTo(v);
            double d = onOther.distanceMeters(v);
            if (d < bestDistance) {
                bestDistance = d;
                best = midpoint(v, onOther);
            }
        }
        for (GeoPoint v : other.vertices) {
            GeoPoint onThis = nearestTo(v);
            double d = onThis.distanceMeters(v);
            if (d < bestDistance) {
                bestDistance = d;
                best = midpoint(v, onThis);
            }
        }
        return best;
    }

    /** Where segments ab and cd cross, or null (lat/lon treated as plane coordinates: fine for short segments). */
    private static GeoPoint crossing(GeoPoint a, GeoPoint b, GeoPoint c, GeoPoint d) {
        double rx = b.lon() - a.lon();
        double ry = b.lat() - a.lat();
        double sx = d.lon() - c.lon();
        double sy = d.lat() - c.lat();
        double denominator = rx * sy - ry * sx;
        if (denominator == 0) {
            return null;
        }
        double t = ((c.lon() - a.lon()) * sy - (c.lat() - a.lat()) * sx) / denominator;
        double u = ((c.lon() - a.lon()) * ry - (c.lat() - a.lat()) * rx) / denominator;
        return t < 0 || t > 1 || u < 0 || u > 1 ? null : new GeoPoint(a.lat() + t * ry, a.lon() + t * rx);
    }

    private static GeoPoint midpoint(GeoPoint a, GeoPoint b) {
        return new GeoPoint((a.lat() + b.lat()) / 2, (a.lon() + b.lon()) / 2);
    }
}
