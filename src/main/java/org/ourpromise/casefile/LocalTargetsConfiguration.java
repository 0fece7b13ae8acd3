package org.ourpromise.casefile;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import org.ourpromise.timescales.TimescaleSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The council's local targets (48 hours, 5 and 20 working days, 72 hours, ...) as configuration:
 * {@code promise.timescales.<setting-in-kebab-case>}, each defaulting to the value in
 * {@link TimescaleSettings#defaults()}. A value the engine refuses stops start-up with its reason.
 */
@Configuration
class LocalTargetsConfiguration {

    static final String PREFIX = "promise.timescales.";

    @Bean
    TimescaleSettings timescaleSettings(Environment environment) {
        return fromEnvironment(environment);
    }

    static TimescaleSettings fromEnvironment(Environment environment) {
        var defaults = TimescaleSettings.defaults();
        RecordComponent[] components = TimescaleSettings.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                var c = components[i];
                types[i] = c.getType();
                Object fallback = c.getAccessor().invoke(defaults);
                String key = PREFIX + kebab(c.getName());
                values[i] = c.getType() == boolean.class
                        ? environment.getProperty(key, Boolean.class, (Boolean) fallback)
                        : environment.getProperty(key, Integer.class, (Integer) fallback);
            }
            return TimescaleSettings.class.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("invalid promise.timescales settings: " + e.getCause().getMessage(), e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read promise.timescales settings", e);
        }
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
