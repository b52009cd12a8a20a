package org.kesudesk.exchange;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kesudesk.logic.editing.PlanEditor;
import org.kesudesk.model.AssignmentList;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Region;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;
import org.kesudesk.store.AssignmentRepository;
import org.kesudesk.store.Database;
import org.kesudesk.store.KeyRepository;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.RegionRepository;

/** One office in an exchange test: its database and the folder its files go to. */
record Office(Database database, Path folder) {

    /**
     * An office with a database of its own in {@code folder/name} and its region chosen; the database is added to
     * {@code open} for the test to close.
     */
    static Office open(Path folder, String name, String regionCode, List<Database> open) {
        Database database = org.kesudesk.testsupport.TestDatabases.open(folder.resolve(name).resolve("kesudesk"));
        open.add(database);
        new RegionRepository(database).setOwn(regionCode, org.kesudesk.logic.RegionWording::ownRegion);
        return new Office(database, folder.resolve(name));
    }

    /** Each of the two offices knows the other's key, as after exchanging key files. */
    void knowEachOther(Office other) {
        accept(other);
        other.accept(this);
    }

    PlanExchange exchange() {
        return new PlanExchange(database);
    }

    PlanRepository plans() {
        return new PlanRepository(database);
    }

    Region region(String code) {
        return new RegionRepository(database).byCode(code).orElseThrow();
    }

    Path export(String recipient, String name) {
        return exchange().export(recipient, folder.resolve(name)).file();
    }

    void accept(Office other) {
        Path key = other.folder.resolve("key-" + UUID.randomUUID() + ".json");
        OfficeKeys theirs = new OfficeKeys(new KeyRepository(other.database));
        theirs.export(new RegionRepository(other.database).own().orElseThrow(), key);
        OfficeKeys mine = new OfficeKeys(new KeyRepository(database));
        mine.accept(mine.read(key), new RegionRepository(database));
    }

    void assign(PlanNode task, Unit unit) {
        AssignmentRepository assignments = new AssignmentRepository(database);
        AssignmentList list = new AssignmentList(task.id(), Role.RESPONSIBLE);
        List<UUID> ids = new ArrayList<>(assignments.units(list).stream().map(Unit::id).toList());
        ids.add(unit.id());
        assignments.replace(list, ids, PlanEditor.unitsOf(list.role()));
    }

    /** A file signed with this office's own key, carrying the given plan.json. */
    Path signedFile(String name, byte[] planJson) {
        return signedFile(name, "230200", Map.of(PlanData.ENTRY, planJson));
    }

    /** A file to {@code recipientCode} signed with this office's own key, carrying these entries as they are. */
    Path signedFile(String name, String recipientCode, Map<String, byte[]> entries) {
        Region own = new RegionRepository(database).own().orElseThrow();
        Path file = folder.resolve(name);
        ExchangeFile.write(file, new ExchangeFile.Header(own.code(), own.name(), recipientCode, OffsetDateTime.now(),
                "test"), entries, new OfficeKeys(new KeyRepository(database)).ownKeyPair());
        return file;
    }
}
