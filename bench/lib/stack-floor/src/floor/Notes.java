package floor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The page's one bean: writes a row and counts the rows, through Hibernate, in a transaction. */
@Named
@RequestScoped
public class Notes {

    @PersistenceContext
    private EntityManager entities;

    @Transactional
    public long getCount() {
        entities.persist(new Note("seen"));
        return entities.createQuery("select count(n) from Note n", Long.class).getSingleResult();
    }
}
