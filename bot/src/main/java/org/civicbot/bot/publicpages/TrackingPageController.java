package org.civicbot.bot.publicpages;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;
import org.civicbot.bot.cases.Case;
import org.civicbot.bot.cases.CaseEvent;
import org.civicbot.bot.cases.CaseRepository;
import org.civicbot.bot.cases.CaseStatus;
import org.civicbot.bot.cases.TrackingToken;
import org.civicbot.bot.config.CivicbotProperties;
import org.civicbot.bot.followup.MergedCases;
import org.civicbot.bot.followup.SatisfactionAnswers;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A case's public tracking page {@code /t/{token}} and its satisfaction question. The unguessable token is the only
 * key: whoever has the link sees the case's status, history and dates, never who reported it, what they wrote, who
 * works on it or their notes. An unknown token and a malformed one are the same "not found". The pages are kept out
 * of search engines, and the token out of Referer headers.
 */
@Controller
@RequestMapping("/t/{token}")
class TrackingPageController {

    private final CaseRepository cases;
    private final SatisfactionAnswers satisfaction;
    private final PublicTexts texts;
    private final MergedCases merges;
    private final String municipality;
    private final ZoneId zone;
    private final Clock clock;

    TrackingPageController(CaseRepository cases, SatisfactionAnswers satisfaction, MergedCases merges,
                           PublicTexts texts, CivicbotProperties properties, Clock clock) {
        this.cases = cases;
        this.satisfaction = satisfaction;
        this.texts = texts;
        this.merges = merges;
        this.municipality = properties.municipality();
        this.zone = properties.timeZone();
        this.clock = clock;
    }

    /** One step of the history the citizen sees: when, and which status the case reached. */
    record Step(ZonedDateTime at, String status) {
    }

    @ModelAttribute
    void privatePage(HttpServletResponse response) {
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        response.setHeader("Referrer-Policy", "no-referrer");
    }

    @GetMapping
    ModelAndView tracking(@PathVariable String token) {
        Optional<Case> found = find(token);
        if (found.isEmpty()) {
            return notFound();
        }
        Case kase = found.get();
        Locale locale = LocaleContextHolder.getLocale();
        ModelAndView page = page("public/tracking", kase, locale);
        page.addObject("history", cases.events(kase.id()).stream()
                .filter(event -> event.kind() != CaseEvent.Kind.NOTE && event.to() != null)
                .map(event -> new Step(event.at().atZone(zone), texts.status(event.to(), locale)))
                .toList());
        page.addObject("replyDeadline", kase.replyDeadline().atZone(zone));
        page.addObject("paused", kase.pausedAt() != null);
        page.addObject("expected", kase.expectedResolutionAt() == null ? null
                : kase.expectedResolutionAt().atZone(zone).toLocalDate());
        page.addObject("joined", kase.status() == CaseStatus.DUPLICATE
                ? merges.mergedInto(kase.id()).orElse(null) : null);
        page.addObject("askFeedback", resolved(kase));
        return page;
    }

    @GetMapping("/feedback")
    ModelAndView feedback(@PathVariable String token) {
        return find(token).map(kase -> feedbackPage(kase, HttpStatus.OK, null)).orElseGet(this::notFound);
    }

    /**
     * One tap of the satisfaction question. The token in the path is the authority; there is no session or cookie
     * a forged request could ride on, so a form from another site needs the token too. Browsers that say the
     * request comes from another site are refused all the same.
     */
    @PostMapping("/feedback")
    ModelAndView answer(@PathVariable String token, @RequestParam(required = false) String score,
                        @RequestHeader(name = "Sec-Fetch-Site", required = false) String fetchSite) {
        Optional<Case> found = find(token);
        if (found.isEmpty()) {
            return notFound();
        }
        Case kase = found.get();
        if ("cross-site".equals(fetchSite)) {
            return feedbackPage(kase, HttpStatus.FORBIDDEN, "feedback.refused.elsewhere");
        }
        if (!resolved(kase)) {
            return feedbackPage(kase, HttpStatus.CONFLICT, "feedback.notyet");
        }
        Integer value = score(score);
        if (value == null) {
            return feedbackPage(kase, HttpStatus.BAD_REQUEST, "feedback.refused.answer");
        }
        satisfaction.record(kase.id(), value, clock.instant());
        // Post, redirect, get: reloading the thank-you page does not send the answer again.
        RedirectView thanks = new RedirectView("/t/" + token + "/feedback?lang="
                + LocaleContextHolder.getLocale().getLanguage(), true);
        thanks.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(thanks);
    }

    /** @param problem the message key of why an answer was refused; null when none was */
    private ModelAndView feedbackPage(Case kase, HttpStatus status, String problem) {
        Locale locale = LocaleContextHolder.getLocale();
        ModelAndView page = page("public/feedback", kase, locale);
        page.setStatus(status);
        page.addObject("open", resolved(kase));
        page.addObject("problem", problem);
        page.addObject("scores", scores());
        page.addObject("answer", satisfaction.forCase(kase.id()).map(SatisfactionAnswers.Answer::score).orElse(null));
        return page;
    }

    private ModelAndView page(String view, Case kase, Locale locale) {
        ModelAndView page = new ModelAndView(view);
        page.addObject("municipality", municipality);
        page.addObject("number", kase.number());
        page.addObject("token", kase.trackingToken());
        page.addObject("topic", texts.topic(kase.topic(), locale));
        page.addObject("status", kase.status().name());
        page.addObject("statusText", texts.status(kase.status(), locale));
        return page;
    }

    private ModelAndView notFound() {
        ModelAndView page = new ModelAndView("public/not-found", HttpStatus.NOT_FOUND);
        page.addObject("municipality", municipality);
        return page;
    }

    private Optional<Case> find(String token) {
        return TrackingToken.isWellFormed(token) ? cases.findByTrackingToken(token) : Optional.empty();
    }

    /** The citizen is asked once the case is resolved, and may still answer (or change the answer) after closing. */
    private static boolean resolved(Case kase) {
        return kase.status() == CaseStatus.RESOLVED || kase.status() == CaseStatus.CLOSED;
    }

    /** The answers, most satisfied first. */
    private static List<Integer> scores() {
        return IntStream.rangeClosed(SatisfactionAnswers.LOWEST, SatisfactionAnswers.HIGHEST)
                .map(score -> SatisfactionAnswers.HIGHEST + SatisfactionAnswers.LOWEST - score).boxed().toList();
    }

    private static Integer score(String value) {
        try {
            int score = Integer.parseInt(value == null ? "" : value.strip());
            return score >= SatisfactionAnswers.LOWEST && score <= SatisfactionAnswers.HIGHEST ? score : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
