package org.civicbot.bot.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.civicbot.bot.api.InvalidRequestException;
import org.civicbot.bot.message.Message;
import org.civicbot.bot.message.MessageRepository;
import org.civicbot.bot.sla.ReplyPolicy;
import org.civicbot.bot.sla.WorkingTime;
import org.civicbot.bot.unit.UnitRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * Staff changes to a case, each with its entry in the audit trail, in one transaction with the case row locked.
 * While a case waits for the citizen its reply deadline's clock stands still, and so do those of its messages
 * still waiting for a reply: on resuming, each deadline moves on by exactly the working time it had left when
 * it paused.
 */
@Service
public class CaseWorkflow {

    /** Longest internal note; a note is a few lines, not a document. */
    public static final int MAX_NOTE_LENGTH = 5_000;
    private static final int MAX_ACTOR_LENGTH = 100;

    private final CaseRepository cases;
    private final MessageRepository messages;
    private final WorkingTime workingTime;
    private final ReplyPolicy policy;
    private final UnitRepository units;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseWorkflow(CaseRepository cases, MessageRepository messages, ReplyPolicy policy, UnitRepository units,
                 TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.messages = messages;
        this.workingTime = policy.workingTime();
        this.policy = policy;
        this.units = units;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Moves the case to another status.
     *
     * @throws ResponseStatusException 404 for an unknown case, 409 for a change its status does not allow
     * @throws InvalidRequestException for a missing actor or an overlong note
     */
    public Case changeStatus(String number, CaseStatus to, String actor, String note) {
        String who = requireActor(actor);
        String why = optionalNote(note);
        return transactions.execute(status -> {
            Case kase = locked(number);
            CaseStatus from = kase.status();
            if (!from.next().contains(to)) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, "Case " + number + " is " + from + "; it can "
                        + (from.next().isEmpty() ? "no longer change" : "go to " + from.next().stream()
                        .map(CaseStatus::name).collect(Collectors.joining(" or "))) + ", not " + to);
            }
            Instant now = clock.instant();
            Instant deadline = kase.replyDeadline();
            Instant pausedAt = kase.pausedAt();
            if (from == CaseStatus.WAITING_FOR_CITIZEN && pausedAt != null) {
                deadline = resumed(deadline, pausedAt, now);
                for (Message waiting : messages.awaitingReplyInCase(kase.id())) {
                    messages.setReplyDeadline(waiting.id(), resumed(waiting.replyDeadline(), pausedAt, now));
                }
                pausedAt = null;
            }
            if (to == CaseStatus.WAITING_FOR_CITIZEN) {
                pausedAt = now;
            }
            Instant resolvedAt = to == CaseStatus.RESOLVED ? now : to == CaseStatus.CLOSED ? kase.resolvedAt() : null;
            cases.updateStatus(kase.id(), to, deadline, pausedAt, resolvedAt);
            cases.recordEvent(kase.id(), now, who, CaseEvent.Kind.STATUS, from, to, why);
            Case changed = cases.findById(kase.id()).orElseThrow();
            events.publishEvent(new CaseStatusChanged(changed, from, to, who, why, now));
            return changed;
        });
    }

    /**
     * Merges a case into another: its reports (messages) join the other case, it becomes {@code DUPLICATE} of it,
     * and both trails say so. Its citizens are told through the status change.
     *
     * @throws ResponseStatusException 404 for an unknown case, 409 when either is no longer open or they are one
     */
    public Case merge(String number, String intoNumber, String actor, String note) {
        String who = requireActor(actor);
        String why = optionalNote(note);
        if (number.equals(intoNumber)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "A case cannot be merged into itself");
        }
        return transactions.execute(status -> {
            // Lock in number order, so two merges of the same pair in opposite directions cannot deadlock.
            boolean sourceFirst = number.compareTo(intoNumber) < 0;
            Case first = locked(sourceFirst ? number : intoNumber);
            Case second = locked(sourceFirst ? intoNumber : number);
            Case source = sourceFirst ? first : second;
            Case target = sourceFirst ? second : first;
            requireOpen(source);
            requireOpen(target);
            Instant now = clock.instant();
            cases.markDuplicateOf(source.id(), target.id());
            cases.recordEvent(source.id(), now, who, CaseEvent.Kind.MERGED, source.status(), CaseStatus.DUPLICATE,
                    joined("Merged into case " + target.number(), why));
            cases.recordEvent(target.id(), now, who, CaseEvent.Kind.MERGED, null, null,
                    joined("Case " + source.number() + " merged into this one", why));
            Case duplicate = cases.findById(source.id()).orElseThrow();
            // Told before the reports move, so the listener still finds the citizens of the merged case.
            events.publishEvent(new CaseStatusChanged(duplicate, source.status(), CaseStatus.DUPLICATE, who,
                    "Merged into case " + target.number(), now));
            messages.moveToCase(messages.inCase(source.id()).stream().map(Message::id).toList(), target.id());
            return cases.findById(target.id()).orElseThrow();
        });
    }

    /**
     * Splits reports off a case into a new one (they were about something else): same category, topic and unit,
     * the first moved report's location, and the earliest reply deadline among them.
     *
     * @throws InvalidRequestException when no message is named, one is not the case's, or all of them are
     */
    public Case split(String number, List<Long> messageIds, String actor, String note) {
        String who = requireActor(actor);
        String why = optionalNote(note);
        if (messageIds == null || messageIds.isEmpty()) {
            throw new InvalidRequestException("messageIds is missing: name the reports to split off");
        }
        return transactions.execute(status -> {
            Case source = locked(number);
            requireOpen(source);
            List<Message> reports = messages.inCase(source.id());
            Set<Long> ids = Set.copyOf(messageIds);
            List<Message> moving = reports.stream().filter(m -> ids.contains(m.id())).toList();
            if (moving.size() != ids.size()) {
                throw new InvalidRequestException("Case " + number + " has no message " + ids.stream()
                        .filter(id -> reports.stream().noneMatch(m -> m.id() == id)).findFirst().orElseThrow());
            }
            if (moving.size() == reports.size()) {
                throw new InvalidRequestException("Case " + number + " would be left without reports; at least one "
                        + "must stay");
            }
            Instant now = clock.instant();
            Message first = moving.get(0);
            Instant deadline = moving.stream().map(Message::replyDeadline).min(Instant::compareTo).orElseThrow();
            long unitId = units.findByCode(source.unitCode()).orElseThrow().id();
            Case opened = cases.open(new NewCase(source.category(), source.topic(), unitId, first.location(), now,
                    deadline, policy.expectedResolution(now, source.topic()), source.areaCode()));
            messages.moveToCase(moving.stream().map(Message::id).toList(), opened.id());
            cases.recordEvent(source.id(), now, who, CaseEvent.Kind.SPLIT, null, null,
                    joined(moving.size() + " report(s) split off into case " + opened.number(), why));
            cases.recordEvent(opened.id(), now, who, CaseEvent.Kind.SPLIT, null, null,
                    joined("Split off case " + source.number(), why));
            return cases.findById(opened.id()).orElseThrow();
        });
    }

    private static void requireOpen(Case kase) {
        if (!kase.status().isOpen()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Case " + kase.number() + " is " + kase.status()
                    + "; only open cases can be merged or split");
        }
    }

    private static String joined(String what, String note) {
        return note == null ? what : what + ": " + note;
    }

    /** Adds an internal note: for staff, in the trail, never sent to the citizen. */
    public CaseEvent addNote(String number, String actor, String text) {
        String who = requireActor(actor);
        String note = optionalNote(text);
        if (note == null) {
            throw new InvalidRequestException("text is missing; a note needs some");
        }
        return transactions.execute(status -> {
            Case kase = locked(number);
            long id = cases.recordEvent(kase.id(), clock.instant(), who, CaseEvent.Kind.NOTE, null, null, note);
            return cases.events(kase.id()).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
        });
    }

    /**
     * The deadline after a pause: the working time that was left at the pause, counted from now. A deadline
     * that had already passed when the case paused stays where it was: the pause does not excuse a breach.
     */
    private Instant resumed(Instant deadline, Instant pausedAt, Instant now) {
        if (!deadline.isAfter(pausedAt)) {
            return deadline;
        }
        Duration left = workingTime.between(pausedAt, deadline);
        return workingTime.plus(now, left);
    }

    private Case locked(String number) {
        return cases.lockByNumber(number)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No case numbered " + number));
    }

    private static String requireActor(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new InvalidRequestException("actor is missing: say who makes the change");
        }
        String trimmed = actor.strip();
        if (trimmed.length() > MAX_ACTOR_LENGTH) {
            throw new InvalidRequestException(String.format(Locale.ROOT, "actor is %d characters; the limit is %d",
                    trimmed.length(), MAX_ACTOR_LENGTH));
        }
        return trimmed;
    }

    private static String optionalNote(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String trimmed = note.strip();
        if (trimmed.length() > MAX_NOTE_LENGTH) {
            throw new InvalidRequestException(String.format(Locale.ROOT, "the note is %d characters; the limit is %d",
                    trimmed.length(), MAX_NOTE_LENGTH));
        }
        return trimmed;
    }
}
