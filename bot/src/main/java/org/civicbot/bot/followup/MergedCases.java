package org.civicbot.bot.followup;

import java.util.Optional;

import org.civicbot.bot.cases.Case;
import org.civicbot.bot.cases.CaseRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which case a duplicate was merged into, so its citizens can be pointed there. */
@Repository
public class MergedCases {

    private final JdbcClient jdbc;
    private final CaseRepository cases;

    MergedCases(JdbcClient jdbc, CaseRepository cases) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    /** The case this one joined; empty when it joined none, or when staff did not say which. */
    public Optional<Case> mergedInto(long caseId) {
        return jdbc.sql("SELECT duplicate_of FROM \"case\" WHERE id = :caseId AND duplicate_of IS NOT NULL")
                .param("caseId", caseId)
                .query(Long.class)
                .optional()
                .flatMap(cases::findById);
    }
}
