package org.civicbot.bot.unit;

import java.util.List;

/** A responsible organisational unit (Gata och park, Vatten och avlopp, ...) and the topics it handles. */
public record Unit(long id, String code, String name, String email, List<String> topics) {
}
