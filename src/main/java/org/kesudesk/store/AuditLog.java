package org.kesudesk.store;

import static org.kesudesk.store.jooq.Tables.AUDIT_LOG;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.kesudesk.model.AuditEntry;

/** The audit log (留痕): every change is recorded in the same transaction as the change itself. */
public final class AuditLog {

    private final Database database;

    public AuditLog(Database database) {
        this.database = database;
    }

    /** The newest entries first. */
    public List<AuditEntry> recent(int limit) {
        return database.read(tx -> tx.selectFrom(AUDIT_LOG)
                .orderBy(AUDIT_LOG.ID.desc())
                .limit(limit)
                .fetch(r -> new AuditEntry(r.getId(), r.getAt(), r.getOsUser(), r.getAction(), r.getEntityType(),
                        Optional.ofNullable(r.getEntityId()), Optional.ofNullable(r.getBeforeValue()),
                        Optional.ofNullable(r.getAfterValue()))));
    }

    /** Records a change; call it inside the transaction that makes the change. */
    static void record(DSLContext tx, String action, String entityType, UUID entityId, String before,
                       String after) {
        tx.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.AT, OffsetDateTime.now())
                .set(AUDIT_LOG.OS_USER, osUser())
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.ENTITY_TYPE, entityType)
                .set(AUDIT_LOG.ENTITY_ID, entityId)
                .set(AUDIT_LOG.BEFORE_VALUE, before)
                .set(AUDIT_LOG.AFTER_VALUE, after)
                .execute();
    }

    private static String osUser() {
        return System.getProperty("user.name", "?");
    }
}
