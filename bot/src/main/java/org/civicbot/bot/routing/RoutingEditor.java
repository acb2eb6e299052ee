package org.civicbot.bot.routing;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.civicbot.bot.api.InvalidRequestException;
import org.civicbot.bot.unit.UnitRepository;
import org.civicbot.classifier.Topic;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every change to areas and routing rules: checked first (a polygon that is not one, a rule naming an unknown
 * unit, area or topic is refused with what is wrong), then written in one transaction that moves the routing
 * version on, so every instance routes by the new rules from its next case.
 */
@Service
public class RoutingEditor {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,40}");
    private static final Set<String> TOPICS = Arrays.stream(Topic.values()).map(Topic::name)
            .collect(Collectors.toUnmodifiableSet());
    private static final int MAX_TEXT = 1_000;

    private final RoutingRepository routing;
    private final UnitRepository units;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RoutingEditor(RoutingRepository routing, UnitRepository units, TransactionTemplate transactions, Clock clock) {
        this.routing = routing;
        this.units = units;
        this.transactions = transactions;
        this.clock = clock;
    }

    public List<Area> areas() {
        return routing.areas();
    }

    public Area area(String code) {
        return routing.area(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No area with code " + code));
    }

    public List<RoutingRule> rules() {
        return routing.rules();
    }

    /** Creates or replaces an area. */
    public Area saveArea(Area area) {
        requireCode("code", area.code());
        requireText("name", area.name());
        if (area.kind() == null) {
            throw new InvalidRequestException("kind is missing: DISTRICT or EXTERNAL");
        }
        if (area.kind() == Area.Kind.EXTERNAL && (area.authority() == null || area.authority().isBlank())) {
            throw new InvalidRequestException("an EXTERNAL area needs the authority that maintains it");
        }
        if (area.geometry() == null || area.geometry().isBlank()) {
            throw new InvalidRequestException("geometry is missing: a GeoJSON Polygon or MultiPolygon");
        }
        try {
            AreaGeometry.parse(area.geometry());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Area " + area.code() + ": " + e.getMessage());
        }
        transactions.executeWithoutResult(status -> {
            routing.bumpVersion();
            routing.saveArea(area, clock.instant());
        });
        return area(area.code());
    }

    /** Deletes an area no rule uses. */
    public void deleteArea(String code) {
        transactions.executeWithoutResult(status -> {
            routing.bumpVersion();
            if (routing.areaInUse(code)) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, "Area " + code
                        + " is used by a routing rule; change the rules first");
            }
            if (!routing.deleteArea(code)) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No area with code " + code);
            }
        });
    }

    /** Replaces the ordered list of rules. */
    public List<RoutingRule> replaceRules(List<RoutingRule> rules) {
        if (rules == null) {
            throw new InvalidRequestException("the body must be the list of rules");
        }
        for (int i = 0; i < rules.size(); i++) {
            check(i + 1, rules.get(i));
        }
        transactions.executeWithoutResult(status -> {
            routing.bumpVersion();
            routing.replaceRules(rules);
        });
        return routing.rules();
    }

    private void check(int position, RoutingRule rule) {
        String at = "Rule " + position + ": ";
        if (rule == null) {
            throw new InvalidRequestException(at + "is empty");
        }
        rule.topics().stream().filter(t -> !TOPICS.contains(t)).findFirst().ifPresent(t -> {
            throw new InvalidRequestException(at + "unknown topic " + t + "; topics are " + TOPICS.stream().sorted()
                    .collect(Collectors.joining(", ")));
        });
        if ((rule.unit() == null) == (rule.redirectSv() == null || rule.redirectSv().isBlank())) {
            throw new InvalidRequestException(at + "needs either a unit or a redirectSv text, not both or neither");
        }
        if (rule.unit() != null && units.findByCode(rule.unit()).isEmpty()) {
            throw new InvalidRequestException(at + "no unit with code " + rule.unit());
        }
        if (rule.area() != null && routing.area(rule.area()).isEmpty()) {
            throw new InvalidRequestException(at + "no area with code " + rule.area());
        }
        if (rule.redirectSv() != null && rule.redirectSv().length() > MAX_TEXT
                || rule.redirectEn() != null && rule.redirectEn().length() > MAX_TEXT) {
            throw new InvalidRequestException(at + "a redirect text is longer than " + MAX_TEXT + " characters");
        }
    }

    private static void requireCode(String field, String value) {
        if (value == null || !CODE.matcher(value).matches()) {
            throw new InvalidRequestException(field + " must be 1 to 40 capital letters, digits or _, was "
                    + (value == null ? "missing" : "'" + value.substring(0, Math.min(value.length(), 40)) + "'"));
        }
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank() || value.length() > MAX_TEXT) {
            throw new InvalidRequestException(field + " must be 1 to " + MAX_TEXT + " characters");
        }
    }
}
