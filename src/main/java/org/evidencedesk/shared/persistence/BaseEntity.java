package org.evidencedesk.shared.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.io.Serializable;
import org.hibernate.proxy.HibernateProxy;

/**
 * Identity and optimistic locking shared by every entity; equal when the same row. {@code equals} and
 * {@code hashCode} hold for Hibernate's lazy proxies too: they are final, so a proxy runs them as written, and read
 * the id through {@link #getId()} (which a proxy answers without loading) and the class as the persistent class
 * behind a proxy. The hash is the class's, so an entity keeps it when it is persisted and gets its id.
 */
@MappedSuperclass
public abstract class BaseEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof BaseEntity entity) || persistentClass(this) != persistentClass(entity)) {
            return false;
        }
        Long ownId = getId();
        return ownId != null && ownId.equals(entity.getId());
    }

    @Override
    public final int hashCode() {
        return persistentClass(this).hashCode();
    }

    private static Class<?> persistentClass(Object entity) {
        return entity instanceof HibernateProxy proxy ? proxy.getHibernateLazyInitializer().getPersistentClass() : entity.getClass();
    }
}
