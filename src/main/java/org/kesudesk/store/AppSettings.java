package org.kesudesk.store;

import static org.kesudesk.store.jooq.Tables.APP_SETTING;

import java.util.Optional;

import org.jooq.DSLContext;

/** Small per-database settings (key → value), read and written inside the caller's transaction. */
final class AppSettings {

    private AppSettings() {
    }

    static Optional<String> get(DSLContext tx, String key) {
        return tx.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING)
                .where(APP_SETTING.SETTING_KEY.eq(key))
                .fetchOptional(APP_SETTING.SETTING_VALUE);
    }

    static void put(DSLContext tx, String key, String value) {
        // INSERT … ON CONFLICT: PostgreSQL has it since 9.5 (MERGE only since 15); jOOQ writes H2's MERGE for it
        tx.insertInto(APP_SETTING, APP_SETTING.SETTING_KEY, APP_SETTING.SETTING_VALUE).values(key, value)
                .onConflict(APP_SETTING.SETTING_KEY).doUpdate().set(APP_SETTING.SETTING_VALUE, value)
                .execute();
    }

    static void remove(DSLContext tx, String key) {
        tx.deleteFrom(APP_SETTING).where(APP_SETTING.SETTING_KEY.eq(key)).execute();
    }
}
