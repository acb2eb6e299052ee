package org.civicbot.bot.channels;

import java.util.Objects;
import java.util.function.Predicate;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * A condition on a channel's settings, bound from the environment before the properties bean exists: each
 * channel's configuration registers its real beans when its credentials are complete and a
 * {@link org.civicbot.connectors.DisconnectedChannel} when they are not. Binding the settings (rather than an
 * expression over raw properties) keeps secrets that contain quotes from breaking the condition.
 *
 * @param <T> the channel's properties record
 */
public abstract class OnChannelSettings<T> implements Condition {

    private final String prefix;
    private final Class<T> type;
    private final Predicate<T> holds;

    protected OnChannelSettings(String prefix, Class<T> type, Predicate<T> holds) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.type = Objects.requireNonNull(type, "type");
        this.holds = Objects.requireNonNull(holds, "holds");
    }

    @Override
    public final boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return holds.test(Binder.get(context.getEnvironment()).bindOrCreate(prefix, type));
    }
}
