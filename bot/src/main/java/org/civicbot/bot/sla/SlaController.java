package org.civicbot.bot.sla;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.civicbot.bot.api.InvalidRequestException;
import org.civicbot.bot.api.PageOf;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reply-guarantee monitor's record: warnings, escalations and breaches with their causes. */
@RestController
@RequestMapping("/api/sla")
class SlaController {

    private final SlaMonitor monitor;

    SlaController(SlaMonitor monitor) {
        this.monitor = monitor;
    }

    @GetMapping("/events")
    List<SlaEvent> events(@RequestParam(required = false) String kind,
                          @RequestParam(required = false) Long messageId,
                          @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = "50") int size) {
        return monitor.events(parseKind(kind), messageId, PageOf.offset(page, size), size);
    }

    private static SlaEvent.Kind parseKind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return SlaEvent.Kind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Unknown event kind; use one of " + Arrays.toString(SlaEvent.Kind.values()));
        }
    }
}
