package org.civicbot.bot.unit;

import java.util.List;

/** A responsible organisational unit (Gata och park, Vatten och avlopp, ...) and the topics it handles. */
/**
 * @param lead who is escalated to when one of the unit's messages is about to miss its reply deadline; null when
 *             nobody is named (the contact-centre supervisor then is)
 */
public record Unit(long id, String code, String name, String email, List<String> topics, String lead) {
}
