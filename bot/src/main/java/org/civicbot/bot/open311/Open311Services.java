package org.civicbot.bot.open311;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.civicbot.bot.unit.UnitRepository;
import org.civicbot.classifier.Topic;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The services an Open311 client can report to: the classifier's topics, each named and described in the
 * municipality's language and grouped by the unit responsible for it. No service asks for extra attributes:
 * the pipeline reads the citizen's description, and questions it would not use are not asked.
 */
@Component
class Open311Services {

    private final MessageSource messages;
    private final UnitRepository units;

    Open311Services(MessageSource messages, UnitRepository units) {
        this.messages = messages;
        this.units = units;
    }

    /** Every service's code. */
    Set<String> codes() {
        return Arrays.stream(Topic.values()).map(Topic::name).collect(Collectors.toUnmodifiableSet());
    }

    /** The service with this code (a topic code, exactly), or empty for none. */
    Optional<Topic> find(String code) {
        return Arrays.stream(Topic.values()).filter(topic -> topic.name().equals(code)).findFirst();
    }

    /** The service's name, e.g. "Gatubelysning". */
    String name(String code, Locale locale) {
        return messages.getMessage("topic." + code, null, code, locale);
    }

    Open311Document list(Locale locale) {
        List<Open311Document.Fields> services = Arrays.stream(Topic.values()).map(topic -> {
            String code = topic.name();
            return new Open311Document.Fields()
                    .put("service_code", code)
                    .put("service_name", name(code, locale))
                    .put("description", messages.getMessage("open311.service.description." + code, null, locale))
                    .put("metadata", false)
                    .put("type", "realtime")
                    .put("keywords", messages.getMessage("open311.service.keywords." + code, null, locale))
                    .put("group", units.responsibleFor(code).name());
        }).toList();
        return new Open311Document("services", new Open311Document.Listing("service", services));
    }

    /** The service's definition: its code and the attributes it asks for, which are none. */
    Open311Document definition(Topic topic) {
        return new Open311Document("service_definition", new Open311Document.Fields()
                .put("service_code", topic.name())
                .put("attributes", new Open311Document.Listing("attribute", List.of())));
    }
}
