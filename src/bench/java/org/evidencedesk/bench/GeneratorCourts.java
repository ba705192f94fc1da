package org.evidencedesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** The courts generated cases are filed at: a given share at the Beijing IP Court, where the demo staff sit, the rest spread evenly. */
final class GeneratorCourts {

    static final String HOME_COURT = "BJIPC";

    record Court(long id, String code, String abbreviation) {
    }

    private final Court home;
    private final List<Court> others;
    private final double homeShare;

    private GeneratorCourts(Court home, List<Court> others, double homeShare) {
        this.home = home;
        this.others = others;
        this.homeShare = homeShare;
    }

    static GeneratorCourts load(Connection connection, double homeShare) throws SQLException {
        Court home = null;
        List<Court> others = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select id, code, abbreviation from court order by id");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Court court = new Court(rows.getLong(1), rows.getString(2), rows.getString(3));
                if (HOME_COURT.equals(court.code())) {
                    home = court;
                } else {
                    others.add(court);
                }
            }
        }
        if (home == null) {
            throw new IllegalStateException("The court " + HOME_COURT + " is missing from the court table.");
        }
        return new GeneratorCourts(home, others, others.isEmpty() ? 1.0 : homeShare);
    }

    Court pick(RandomGenerator random) {
        return random.nextDouble() < homeShare ? home : others.get(random.nextInt(others.size()));
    }
}
