package org.evidencedesk.dispute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.evidencedesk.shared.config.Settings;

/**
 * Court case numbers, a running number per court and year, formatted by the configured pattern
 * (default "({year}){court}民初{number}号"). The counter row is locked while it is read and raised, so
 * two acceptances at once never get the same number.
 */
@ApplicationScoped
public class CaseNumbers {

    @PersistenceContext(unitName = "evidencedesk")
    private EntityManager entityManager;

    @Inject
    private Settings settings;

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(Court court, int year) {
        int updated = entityManager.createNativeQuery(
                        "update case_number_counter set last_number = last_number + 1 where court_id = ?1 and counter_year = ?2")
                .setParameter(1, court.getId())
                .setParameter(2, year)
                .executeUpdate();
        if (updated == 0) {
            entityManager.createNativeQuery("insert into case_number_counter (court_id, counter_year, last_number) values (?1, ?2, 1)")
                    .setParameter(1, court.getId())
                    .setParameter(2, year)
                    .executeUpdate();
        }
        Number number = (Number) entityManager.createNativeQuery(
                        "select last_number from case_number_counter where court_id = ?1 and counter_year = ?2")
                .setParameter(1, court.getId())
                .setParameter(2, year)
                .getSingleResult();
        return format(settings.caseNumberPattern(), year, court.getAbbreviation(), number.intValue());
    }

    /** Also used by the case generator, so that generated numbers look like the court's. */
    public static String format(String pattern, int year, String courtAbbreviation, int number) {
        return pattern.replace("{year}", String.valueOf(year))
                .replace("{court}", courtAbbreviation)
                .replace("{number}", String.valueOf(number));
    }
}
