package org.civicbot.bot.routing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.civicbot.bot.unit.Unit;
import org.civicbot.bot.unit.UnitRepository;
import org.springframework.stereotype.Component;

/**
 * Decides where a case goes: the first routing rule whose topics and area match (an area needs the case's
 * location), else the unit whose topics list the case's topic, else the contact centre. The areas are compiled
 * once per routing version, so a change made on any instance is used by all from their next case.
 */
@Component
public class Router {

    private final RoutingRepository routing;
    private final UnitRepository units;
    private final AtomicReference<Compiled> compiled = new AtomicReference<>(new Compiled(-1, Map.of(), List.of()));

    Router(RoutingRepository routing, UnitRepository units) {
        this.routing = routing;
        this.units = units;
    }

    private record Compiled(long version, Map<String, Map.Entry<Area, AreaGeometry>> areas, List<RoutingRule> rules) {
    }

    /**
     * @param latitude  the case's location, null when it has none (then only rules without an area apply)
     * @param longitude likewise
     * @param language  the citizen's language, for a redirect text
     */
    public Route route(String topic, Double latitude, Double longitude, String language) {
        Compiled current = current();
        for (RoutingRule rule : current.rules()) {
            if (!rule.appliesTo(topic)) {
                continue;
            }
            Area area = null;
            if (rule.area() != null) {
                Map.Entry<Area, AreaGeometry> entry = current.areas().get(rule.area());
                if (entry == null || latitude == null || longitude == null
                        || !entry.getValue().contains(latitude, longitude)) {
                    continue;
                }
                area = entry.getKey();
            }
            String where = area == null ? "" : " in " + area.name();
            if (rule.unit() == null) {
                String text = "en".equals(language) && rule.redirectEn() != null ? rule.redirectEn() : rule.redirectSv();
                return new Route(null, area, text, "Routing rule: " + topic + where + " is "
                        + (area != null && area.authority() != null ? area.authority() + "'s" : "not the municipality's"));
            }
            Unit unit = units.findByCode(rule.unit()).orElse(null);
            if (unit != null) {
                return new Route(unit, area, null, "Routing rule: " + topic + where + " → " + unit.name());
            }
        }
        Unit unit = units.responsibleFor(topic);
        return new Route(unit, null, null, "Routed by topic to " + unit.name());
    }

    /** The area a point is in (districts before external areas); null when none. */
    public Area areaAt(double latitude, double longitude) {
        return current().areas().values().stream()
                .filter(e -> e.getValue().contains(latitude, longitude))
                .map(Map.Entry::getKey)
                .min((a, b) -> a.kind().compareTo(b.kind()))
                .orElse(null);
    }

    private Compiled current() {
        long version = routing.version();
        Compiled now = compiled.get();
        if (now.version() == version) {
            return now;
        }
        Map<String, Map.Entry<Area, AreaGeometry>> areas = new LinkedHashMap<>();
        routing.areas().forEach(area -> areas.put(area.code(), Map.entry(area, AreaGeometry.parse(area.geometry()))));
        Compiled fresh = new Compiled(version, Map.copyOf(areas), routing.rules());
        compiled.set(fresh);
        return fresh;
    }
}
