package org.civicbot.bot.staff;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.civicbot.bot.message.MessageRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** A staff member's absences with their stand-ins, who acts for them now, and their work list. */
@RestController
@RequestMapping("/api/staff/{staff}")
class StaffController {

    private final Absences absences;
    private final MessageRepository messages;

    StaffController(Absences absences, MessageRepository messages) {
        this.absences = absences;
        this.messages = messages;
    }

    /** A message in someone's work list: on whose behalf it is there. */
    record Work(long messageId, String channel, Instant replyDeadline, String assignee, String caseNumber) {
    }

    record NewAbsence(Instant from, Instant until, String standIn) {
    }

    /** Who acts for the staff member now, and for whom they stand in. */
    record Acting(String staff, String actingNow, List<String> standingInFor) {
    }

    @PostMapping("/absences")
    ResponseEntity<Absence> add(@PathVariable String staff, @RequestBody NewAbsence absence) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(absences.add(staff, absence.from(), absence.until(), absence.standIn()));
    }

    @GetMapping("/absences")
    List<Absence> list(@PathVariable String staff) {
        return absences.of(staff);
    }

    @DeleteMapping("/absences/{id}")
    ResponseEntity<Void> remove(@PathVariable String staff, @PathVariable long id) {
        if (!absences.remove(staff, id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No absence " + id + " for " + staff);
        }
        return ResponseEntity.noContent().build();
    }

    /**
     * The messages waiting for a reply this staff member acts on now: their own (unless they are away) and those of
     * everyone they stand in for. Soonest deadline first.
     */
    @GetMapping("/work")
    List<Work> work(@PathVariable String staff) {
        List<String> forWhom = new ArrayList<>(absences.standingInFor(staff));
        forWhom.add(staff);
        return messages.awaitingReplyAssignedTo(forWhom).stream()
                .filter(m -> staff.equals(absences.actingFor(m.assignee())))
                .map(m -> new Work(m.id(), m.channel(), m.replyDeadline(), m.assignee(), m.caseNumber()))
                .toList();
    }

    @GetMapping
    Acting acting(@PathVariable String staff) {
        return new Acting(staff, absences.actingFor(staff), absences.standingInFor(staff));
    }
}
