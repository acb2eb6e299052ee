package org.civicbot.bot.outbox;

/** Why a reply was written: by the bot (all but the last), or by a person. */
public enum ReplyKind {
    /** An answer taken from a wiki article. */
    WIKI_ANSWER,
    /** "Your report is case 2026-000123; you will hear from us by ..." */
    CASE_ACKNOWLEDGEMENT,
    /** "A person will read this and reply by ..." */
    TRIAGE_ACKNOWLEDGEMENT,
    /** "A person takes over and replies by ...", after the citizen or staff said a wiki answer did not help. */
    HANDOVER_ACKNOWLEDGEMENT,
    /** "That road is Trafikverket's: contact them", instead of a case, where another authority maintains the place. */
    REDIRECT,
    /** A staff member's own reply. */
    STAFF_REPLY,
    /** "Case 2026-000123 is being worked on / resolved / ...", when a case the citizen reported changes status. */
    STATUS_UPDATE
}
