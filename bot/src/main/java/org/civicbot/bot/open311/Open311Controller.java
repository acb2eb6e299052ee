package org.civicbot.bot.open311;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.civicbot.bot.config.CivicbotProperties;
import org.civicbot.classifier.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Open311 GeoReport v2 API (wiki.open311.org/GeoReport_v2) under {@link #BASE}: each resource in XML or
 * JSON by its extension, errors in the spec's own format. Reading is public; posting needs an API key.
 * Deviations from the spec are in docs/open311.md.
 */
@RestController
@RequestMapping(Open311Controller.BASE)
class Open311Controller {

    static final String BASE = "/open311/v2";
    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    /** When this API's documents last changed, as discovery says. */
    static final String CHANGESET = "2026-12-03T00:00:00Z";

    private static final Logger log = LoggerFactory.getLogger(Open311Controller.class);

    private final Open311Services services;
    private final Open311Requests requests;
    private final Open311Intake intake;
    private final Open311Properties settings;
    private final CivicbotProperties properties;
    private final Clock clock;

    Open311Controller(Open311Services services, Open311Requests requests, Open311Intake intake,
                      Open311Properties settings, CivicbotProperties properties, Clock clock) {
        this.services = services;
        this.requests = requests;
        this.intake = intake;
        this.settings = settings;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/discovery.{format}")
    ResponseEntity<String> discovery(@PathVariable String format) {
        Open311Format chosen = format(format);
        String contact = settings.contact().isBlank() ? properties.municipality() : settings.contact();
        Open311Document.Fields endpoint = new Open311Document.Fields()
                .put("specification", SPECIFICATION)
                .put("url", properties.publicBaseUrl() + BASE)
                .put("changeset", CHANGESET)
                .put("type", "production")
                .put("formats", new Open311Document.Listing("format", Arrays.stream(Open311Format.values())
                        .map(f -> f.mediaType().getType() + "/" + f.mediaType().getSubtype()).toList()));
        return ok(chosen, new Open311Document("discovery", new Open311Document.Fields()
                .put("changeset", CHANGESET)
                .put("contact", contact)
                .put("key_service", settings.keyService())
                .put("endpoints", new Open311Document.Listing("endpoint", List.of(endpoint)))));
    }

    @GetMapping("/services.{format}")
    ResponseEntity<String> services(@PathVariable String format, Locale locale) {
        return ok(format(format), services.list(locale));
    }

    @GetMapping("/services/{code}.{format}")
    ResponseEntity<String> serviceDefinition(@PathVariable String code, @PathVariable String format) {
        Open311Format chosen = format(format);
        Topic service = services.find(code).orElseThrow(() -> Open311Exception.notFound("No service has code " + code));
        return ok(chosen, services.definition(service));
    }

    /** A new service request, answered with a token: the pipeline decides it in a moment. */
    @PostMapping("/requests.{format}")
    ResponseEntity<String> post(@PathVariable String format, @RequestParam Map<String, String> form, Locale locale) {
        Open311Format chosen = format(format);
        String token = intake.submit(form, locale);
        return ok(chosen, Open311Requests.document(List.of(new Open311Document.Fields().put("token", token))));
    }

    @GetMapping("/requests.{format}")
    ResponseEntity<String> search(@PathVariable String format, @RequestParam Map<String, String> parameters,
                                  Locale locale) {
        Open311Format chosen = format(format);
        RequestSearch search = RequestSearch.of(parameters, services.codes(), clock.instant(), properties.timeZone());
        return ok(chosen, requests.find(search, locale));
    }

    @GetMapping("/requests/{id}.{format}")
    ResponseEntity<String> request(@PathVariable String id, @PathVariable String format, Locale locale) {
        Open311Format chosen = format(format);
        return ok(chosen, requests.findOne(id, locale)
                .orElseThrow(() -> Open311Exception.notFound("No request has id " + id)));
    }

    /** The request behind a token; its id is empty until the pipeline has opened a case for it. */
    @GetMapping("/tokens/{token}.{format}")
    ResponseEntity<String> token(@PathVariable String token, @PathVariable String format) {
        Open311Format chosen = format(format);
        String number = intake.caseNumber(token).orElse(null);
        return ok(chosen, Open311Requests.document(List.of(new Open311Document.Fields()
                .put("service_request_id", number)
                .put("token", token))));
    }

    /** Anything else under the API: a resource GeoReport v2 does not have, or one without its format. */
    @Hidden
    @RequestMapping("/**")
    ResponseEntity<String> unknown(HttpServletRequest request) {
        throw Open311Exception.notFound("There is no " + request.getMethod() + " " + request.getRequestURI()
                + " in GeoReport v2 here; resources end in .xml or .json, see " + BASE + "/discovery.xml");
    }

    @ExceptionHandler(Open311Exception.class)
    ResponseEntity<String> refused(Open311Exception e, HttpServletRequest request) {
        return error(e.status(), e.getMessage(), request);
    }

    /** A failure of civicbot itself, still in the spec's format so a client can read it. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<String> failed(RuntimeException e, HttpServletRequest request) {
        log.error("Open311 {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "The request could not be handled; try again later", request);
    }

    private static ResponseEntity<String> error(HttpStatus status, String description, HttpServletRequest request) {
        Open311Format format = Open311Format.ofPath(request.getRequestURI());
        Open311Document errors = new Open311Document("errors", new Open311Document.Listing("error", List.of(
                new Open311Document.Fields().put("code", status.value()).put("description", description))));
        return ResponseEntity.status(status).contentType(format.mediaType()).body(format.render(errors));
    }

    /**
     * The format an extension names. Another extension is a resource that does not exist (the format is part
     * of the resource's name in GeoReport v2): 404, answered in XML, the spec's required format.
     */
    private static Open311Format format(String extension) {
        return Open311Format.of(extension).orElseThrow(() -> Open311Exception.notFound(
                "Format " + extension + " is not served; use .xml or .json"));
    }

    private static ResponseEntity<String> ok(Open311Format format, Open311Document document) {
        return ResponseEntity.ok().contentType(format.mediaType()).body(format.render(document));
    }
}
