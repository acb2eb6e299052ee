package org.civicbot.bot.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.civicbot.bot.api.InvalidRequestException;
import org.civicbot.bot.api.PageOf;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Cases: a paged list, soonest reply deadline first; one case by its number; its status changes, internal notes
 * and audit trail.
 */
@RestController
@RequestMapping("/api/cases")
class CaseController {

    private final CaseRepository cases;
    private final CaseWorkflow workflow;

    CaseController(CaseRepository cases, CaseWorkflow workflow) {
        this.cases = cases;
        this.workflow = workflow;
    }

    /** A status change: who makes it, and optionally why (kept in the trail). */
    record StatusChange(String status, String actor, String note) {
    }

    /** Merge this case into {@code into}. */
    record Merge(String into, String actor, String note) {
    }

    /** Split these reports off into a new case. */
    record Split(List<Long> messageIds, String actor, String note) {
    }

    /** An internal note. */
    record Note(String actor, String text) {
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

    /** Moves the case on: 409 when its status does not allow the change, with the changes it does allow. */
    @PostMapping("/{number}/status")
    Case changeStatus(@PathVariable String number, @RequestBody StatusChange change) {
        CaseStatus to = parseStatus(change.status());
        if (to == null) {
            throw new InvalidRequestException("status is missing; use one of " + Arrays.toString(CaseStatus.values()));
        }
        return workflow.changeStatus(number, to, change.actor(), change.note());
    }

    /** The merged case becomes DUPLICATE; answers with the case it joined, now holding both cases' reports. */
    @PostMapping("/{number}/merge")
    Case merge(@PathVariable String number, @RequestBody Merge merge) {
        if (merge.into() == null || merge.into().isBlank()) {
            throw new InvalidRequestException("into is missing: the number of the case to merge into");
        }
        return workflow.merge(number, merge.into().strip(), merge.actor(), merge.note());
    }

    /** Answers 201 with the new case holding the split-off reports. */
    @PostMapping("/{number}/split")
    ResponseEntity<Case> split(@PathVariable String number, @RequestBody Split split) {
        return ResponseEntity.status(HttpStatus.CREATED).body(workflow.split(number, split.messageIds(), split.actor(),
                split.note()));
    }

    @PostMapping("/{number}/notes")
    ResponseEntity<CaseEvent> addNote(@PathVariable String number, @RequestBody Note note) {
        return ResponseEntity.status(HttpStatus.CREATED).body(workflow.addNote(number, note.actor(), note.text()));
    }

    /** The audit trail: opening, every status change and every note, oldest first. */
    @GetMapping("/{number}/events")
    List<CaseEvent> events(@PathVariable String number) {
        return cases.events(get(number).id());
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
