package org.civicbot.bot.routing;

import org.civicbot.bot.unit.Unit;

/**
 * Where a case goes: to a unit, or nowhere because another authority maintains the place (the citizen is told
 * whom to contact).
 *
 * @param unit     the unit, null for a redirect
 * @param area     the area whose rule decided; null when no area rule did
 * @param redirect what to tell the citizen instead, in their language; null when a unit gets the case
 * @param reason   for staff: why it went there
 */
public record Route(Unit unit, Area area, String redirect, String reason) {

    public boolean redirected() {
        return redirect != null;
    }
}
