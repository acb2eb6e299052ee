package org.civicbot.bot.cases;

import java.util.Arrays;
import java.util.Locale;

import org.civicbot.bot.api.InvalidRequestException;
import org.civicbot.bot.api.PageOf;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Read access to cases: a paged list, soonest reply deadline first, and one case by its number. */
@RestController
@RequestMapping("/api/cases")
class CaseController {

    private final CaseRepository cases;

    CaseController(CaseRepository cases) {
        this.cases = cases;
    }

    @GetMapping
    PageOf<Case> list(@RequestParam(required = false) String status,
                      @RequestParam(defaultValue = "0") int page,
                      @RequestParam(defaultValue = "20") int size) {
        CaseStatus wanted = parseStatus(status);
        int offset = PageOf.offset(page, size);
        return new PageOf<>(cases.page(wanted, offset, size), page, size, cases.count(wanted));
    }

    @GetMapping("/{number}")
    Case get(@PathVariable String number) {
        return cases.findByNumber(number)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No case numbered " + number));
    }

    private static CaseStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return CaseStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Unknown case status; use one of " + Arrays.toString(CaseStatus.values()));
        }
    }
}
