package org.evidencedesk.support;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;

/**
 * Builds entities for unit tests without a container: through their protected no-argument constructor (the
 * one JPA uses) and by setting the fields JPA would set, such as the generated id.
 */
public final class Entities {

    private Entities() {
    }

    public static <T> T instantiate(Class<T> type) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate " + type.getSimpleName(), e);
        }
    }

    /** Sets a field declared by the object's class or one of its superclasses; returns the object. */
    public static <T> T set(T target, String name, Object value) {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(target, value);
                return target;
            } catch (NoSuchFieldException notHere) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot set " + name + " on " + type.getSimpleName(), e);
            }
        }
        throw new IllegalStateException("no field " + name + " in " + target.getClass().getName() + " or its superclasses");
    }
}
