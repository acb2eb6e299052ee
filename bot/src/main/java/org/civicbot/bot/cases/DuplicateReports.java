package org.civicbot.bot.cases;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

import org.civicbot.bot.config.CivicbotProperties;
import org.civicbot.bot.location.StoredLocation;
import org.civicbot.classifier.location.GeoPoint;
import org.springframework.stereotype.Component;

/**
 * Finds the open case a new fault report duplicates: same topic, opened within the window, its location within
 * the topic's radius (street lights stand close together, so 50 m; 150 m otherwise). The nearest wins. A report
 * without a point duplicates nothing: it would be guessing. A radius of 0 switches the check off.
 */
@Component
public class DuplicateReports {

    /** Metres per degree of latitude, near enough everywhere for a box a few hundred metres wide. */
    private static final double METRES_PER_DEGREE = 111_320;

    private final CaseRepository cases;
    private final CivicbotProperties.Cases settings;

    DuplicateReports(CaseRepository cases, CivicbotProperties properties) {
        this.cases = cases;
        this.settings = properties.cases();
    }

    /** A case found to be the same report, and how far from it the new one is. */
    public record Match(Case kase, double distanceMeters) {
    }

    public Optional<Match> openCaseNear(String topic, StoredLocation location, Instant now) {
        if (topic == null || location == null || location.lat() == null || location.lon() == null) {
            return Optional.empty();
        }
        int radius = settings.radiusFor(topic);
        if (radius <= 0) {
            return Optional.empty();
        }
        double dLat = radius / METRES_PER_DEGREE;
        double dLon = radius / (METRES_PER_DEGREE * Math.cos(Math.toRadians(location.lat())));
        GeoPoint here = new GeoPoint(location.lat(), location.lon());
        return cases.openNear(topic, now.minus(settings.duplicateWindow()), location.lat() - dLat,
                        location.lat() + dLat, location.lon() - dLon, location.lon() + dLon).stream()
                .map(kase -> new Match(kase, here.distanceMeters(
                        new GeoPoint(kase.location().lat(), kase.location().lon()))))
                .filter(match -> match.distanceMeters() <= radius)
                .min(Comparator.comparingDouble(Match::distanceMeters));
    }
}
