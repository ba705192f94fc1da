package org.evidencedesk.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Locale;

/**
 * A court that accepts cases; its abbreviation goes into the case numbers it gives (京73 in (2026)京73民初123号).
 *
 * <p>Not a {@code BaseEntity}: reference data written by migrations and never changed by the application, so it has
 * no version; it keeps id-based equality of its own.
 */
@Entity
@Table(name = "court")
@NamedQuery(name = Court.ALL, query = "select c from Court c order by c.id")
public class Court implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ALL = "Court.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 32)
    private String abbreviation;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;

    protected Court() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getAbbreviation() {
        return abbreviation;
    }

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameZh() {
        return nameZh;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Court court && id != null && id.equals(court.id);
    }

    @Override
    public int hashCode() {
        return Court.class.hashCode();
    }
}
