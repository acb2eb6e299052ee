package org.civicbot.bot.support;

import org.civicbot.bot.config.CivicbotProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** civicbot's settings with every default, for unit tests of classes that read them. */
public final class DefaultProperties {

    private DefaultProperties() {
    }

    public static CivicbotProperties defaults() {
        return new Binder(new MapConfigurationPropertySource()).bindOrCreate("civicbot", CivicbotProperties.class);
    }
}
