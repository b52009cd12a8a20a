package org.kesudesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.AuditEntry;
import org.kesudesk.model.Unit;

/** The audit log's filters, on a real database. */
class AuditLogTest {

    @TempDir
    Path folder;

    @Test
    void filteringByAUnitWhoseNameHoldsLikeWildcards_findsOnlyThatUnitsEntries() {
        try (Database database = org.kesudesk.testsupport.TestDatabases.open(folder.resolve("kesudesk"))) {
            UnitRepository units = new UnitRepository(database);
            Unit wildcard = units.add("县_局");
            units.add("县甲局");
            Unit percent = units.add("县100%达标办");
            units.add("县100个达标办");

            AuditLog audit = new AuditLog(database);
            assertThat(audit.find(Optional.empty(), Optional.of(new AuditLog.UnitFilter(wildcard.id(), "县_局")), 10))
                    .extracting(AuditEntry::summary).singleElement().asString().contains("县_局");
            assertThat(audit.find(Optional.empty(), Optional.of(new AuditLog.UnitFilter(percent.id(), "县100%达标办")),
                    10)).extracting(AuditEntry::summary).singleElement().asString().contains("县100%达标办");
        }
    }
}
