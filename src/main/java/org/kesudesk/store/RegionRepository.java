package org.kesudesk.store;

import static org.kesudesk.store.jooq.Tables.EXCHANGE_IMPORT;
import static org.kesudesk.store.jooq.Tables.KNOWN_KEY;
import static org.kesudesk.store.jooq.Tables.PLAN;
import static org.kesudesk.store.jooq.Tables.REGION;
import static org.kesudesk.store.jooq.Tables.UNIT;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.jooq.DSLContext;
import org.kesudesk.l10n.ContentMessages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.Ids;
import org.kesudesk.model.Region;
import org.kesudesk.model.TextRules;
import org.kesudesk.model.RegionKind;
import org.kesudesk.model.RegionSetup;
import org.kesudesk.store.jooq.tables.records.RegionRecord;

/**
 * The city and its county-level divisions (the default list comes with the database, see V2__default_regions.sql),
 * and which of them this office is: the city unless the office chose another.
 */
public final class RegionRepository {

    static final String OWN_REGION = "own_region";

    private final Database database;

    public RegionRepository(Database database) {
        this.database = database;
    }

    /** Every region: the city first, then the counties by code. */
    public List<Region> all() {
        return database.read(RegionRepository::all);
    }

    static List<Region> all(DSLContext tx) {
        return tx.selectFrom(REGION).orderBy(REGION.KIND, REGION.CODE).fetch(RegionRepository::toRegion);
    }

    /** This office's region: the one chosen, or the city. */
    public Optional<Region> own() {
        return database.read(RegionRepository::own);
    }

    /** Whether this office has chosen its region (until it does, it is taken to be the city). */
    public boolean ownChosen() {
        return database.read(tx -> AppSettings.get(tx, OWN_REGION).isPresent());
    }

    /** The region with this code. */
    public Optional<Region> byCode(String code) {
        return database.read(tx -> tx.selectFrom(REGION).where(REGION.CODE.eq(code.strip()))
                .fetchOptional(RegionRepository::toRegion));
    }

    /**
     * Makes the region with the code this office's own; recorded in the audit log.
     *
     * @param summary what the audit log says, as the caller names the change, of the region chosen
     */
    public Region setOwn(String code, Function<Region, String> summary) {
        return database.inTransaction(tx -> {
            RegionRecord chosen = tx.selectFrom(REGION).where(REGION.CODE.eq(code.strip())).fetchOne();
            if (chosen == null) {
                throw new UserFacingException("store.error.noSuchRegion", code.strip());
            }
            Optional<Region> before = own(tx);
            AppSettings.put(tx, OWN_REGION, chosen.getCode());
            Region region = toRegion(chosen);
            AuditLog.record(tx, AuditLog.Change.of("region.own", "region", region.id(), summary.apply(region))
                    .values(before.map(Region::name).orElse(null), region.name()));
            return region;
        });
    }

    /**
     * Adds a county-level division to the city's list (a new district, say); recorded in the audit log.
     *
     * @param code its GB/T 2260 code, six digits
     * @throws UserFacingException if the code is malformed or taken, or the name empty
     */
    public Region addCounty(String code, String name, Function<Region, String> summary) {
        String cleanCode = code.strip();
        String cleanName = checkedName(name);
        if (!cleanCode.matches("\\d{6}")) {
            throw new UserFacingException("store.error.badRegionCode", ContentMessages.shown(cleanCode));
        }
        return database.inTransaction(tx -> {
            if (tx.fetchExists(REGION, REGION.CODE.eq(cleanCode))) {
                throw new UserFacingException("store.error.regionCodeTaken", cleanCode);
            }
            RegionRecord city = tx.selectFrom(REGION).where(REGION.KIND.eq(RegionKind.CITY.name()))
                    .orderBy(REGION.CODE).limit(1).fetchOne();
            Region region = toRegion(insert(tx, new RegionSetup.Place(cleanCode, cleanName), RegionKind.COUNTY,
                    city == null ? null : city.getId()));
            AuditLog.record(tx, AuditLog.Change.of("region.add", "region", region.id(), summary.apply(region))
                    .values(null, region.name()));
            return region;
        });
    }

    /**
     * Sets up this office's region from the country's list of divisions: when the list's city is the setup's, this
     * office's region is chosen in it (and added to it if missing; the list as the office edited it stays);
     * otherwise the list is replaced by the setup's city and counties, which is done only while nothing belongs to
     * the regions yet: no plan, no unit, no other office's key, no file received. Recorded in the audit log.
     *
     * @throws UserFacingException if the list is another city's and something belongs to it already
     */
    public Region setUp(RegionSetup setup, Function<Region, String> summary) {
        return database.inTransaction(tx -> {
            Optional<Region> before = own(tx);
            RegionRecord listed = tx.selectFrom(REGION).where(REGION.CODE.eq(setup.city().code())
                    .and(REGION.KIND.eq(RegionKind.CITY.name()))).fetchOne();
            if (listed == null) {
                replaceList(tx, setup);
            } else if (!tx.fetchExists(REGION, REGION.CODE.eq(setup.ownCode()))) {
                insert(tx, setup.own(), RegionKind.COUNTY, listed.getId());
            }
            RegionRecord chosen = tx.selectFrom(REGION).where(REGION.CODE.eq(setup.ownCode())).fetchOne();
            if (listed != null && !setup.ownIsCity() && !listed.getId().equals(chosen.getParentId())) {
                // the code is in the list, but not as this city's county (added by hand under another): say so
                throw new UserFacingException("store.error.regionElsewhere", chosen.getName(), chosen.getCode());
            }
            AppSettings.put(tx, OWN_REGION, chosen.getCode());
            Region region = toRegion(chosen);
            AuditLog.Change change = listed == null
                    ? AuditLog.Change.of("region.setUp", "region", region.id(), summary.apply(region))
                    : AuditLog.Change.of("region.own", "region", region.id(), summary.apply(region));
            AuditLog.record(tx, change.values(before.map(Region::name).orElse(null), region.name()));
            return region;
        });
    }

    /**
     * Whether the region list may still be replaced by another city's: nothing belongs to its regions yet (no plan,
     * unit, other office's key or file received).
     */
    public boolean replaceable() {
        return database.read(RegionRepository::replaceable);
    }

    private static boolean replaceable(DSLContext tx) {
        return !(tx.fetchExists(PLAN) || tx.fetchExists(UNIT) || tx.fetchExists(KNOWN_KEY)
                || tx.fetchExists(EXCHANGE_IMPORT));
    }

    /** The region list replaced by another city's, refused once anything belongs to a region of it. */
    private static void replaceList(DSLContext tx, RegionSetup setup) {
        if (!replaceable(tx)) {
            String city = tx.select(REGION.NAME).from(REGION).where(REGION.KIND.eq(RegionKind.CITY.name()))
                    .orderBy(REGION.CODE).limit(1).fetchOptional(REGION.NAME).orElse("");
            throw new UserFacingException("store.error.regionsInUse", city, setup.city().name());
        }
        AppSettings.remove(tx, OWN_REGION);
        tx.deleteFrom(REGION).where(REGION.PARENT_ID.isNotNull()).execute();
        tx.deleteFrom(REGION).execute();
        UUID cityId = insert(tx, setup.city(), RegionKind.CITY, null).getId();
        for (RegionSetup.Place county : setup.counties()) {
            insert(tx, county, RegionKind.COUNTY, cityId);
        }
    }

    private static RegionRecord insert(DSLContext tx, RegionSetup.Place place, RegionKind kind, UUID parentId) {
        RegionRecord record = tx.newRecord(REGION);
        record.setId(Ids.newId());
        record.setCode(place.code());
        record.setName(place.name());
        record.setKind(kind.name());
        record.setParentId(parentId);
        record.setRowVersion(1L);
        record.store();
        return record;
    }

    /** Renames a region (a county renamed, a typing error); recorded in the audit log. */
    public Region rename(String code, String name, Function<Region, String> summary) {
        String cleanName = checkedName(name);
        return database.inTransaction(tx -> {
            RegionRecord record = tx.selectFrom(REGION).where(REGION.CODE.eq(code.strip())).fetchOne();
            if (record == null) {
                throw new UserFacingException("store.error.noSuchRegion", code.strip());
            }
            String before = record.getName();
            record.setName(cleanName);
            record.setRowVersion(record.getRowVersion() + 1);
            record.store();
            Region region = toRegion(record);
            AuditLog.record(tx, AuditLog.Change.of("region.rename", "region", region.id(), summary.apply(region))
                    .values(before, cleanName));
            return region;
        });
    }

    /**
     * Removes a county-level division added by mistake (a wrong code, a zone that has no office of its own);
     * recorded in the audit log. Only a region nothing belongs to goes: not the city, not this office's region,
     * not one with a plan, a unit in its catalogue, an accepted key or a file received from it — what belongs to it
     * would be lost or orphaned, so the refusal says what there is.
     *
     * @throws UserFacingException if there is no such region or something belongs to it
     */
    public Region remove(String code, Function<Region, String> summary) {
        String cleanCode = code.strip();
        return database.inTransaction(tx -> {
            RegionRecord record = tx.selectFrom(REGION).where(REGION.CODE.eq(cleanCode)).fetchOne();
            if (record == null) {
                throw new UserFacingException("store.error.noSuchRegion", ContentMessages.shown(cleanCode));
            }
            Region region = toRegion(record);
            if (region.kind() == RegionKind.CITY) {
                throw new UserFacingException("store.error.regionRemove.city", region.name());
            }
            if (own(tx).map(o -> o.id().equals(region.id())).orElse(false)) {
                throw new UserFacingException("store.error.regionRemove.own", region.name());
            }
            int plans = tx.fetchCount(PLAN, PLAN.REGION_ID.eq(region.id()));
            int units = tx.fetchCount(UNIT, UNIT.REGION_ID.eq(region.id()));
            if (plans > 0 || units > 0) {
                throw new UserFacingException("store.error.regionRemove.used", region.name(), plans, units);
            }
            if (ChaseRepository.anyOfCounty(tx, region.id())) {
                throw new UserFacingException("store.error.regionRemove.chased", region.name());
            }
            if (tx.fetchExists(KNOWN_KEY, KNOWN_KEY.REGION_CODE.eq(region.code()))
                    || tx.fetchExists(EXCHANGE_IMPORT, EXCHANGE_IMPORT.SENDER_CODE.eq(region.code()))) {
                throw new UserFacingException("store.error.regionRemove.exchanged", region.name());
            }
            tx.deleteFrom(REGION).where(REGION.ID.eq(region.id())).execute();
            AuditLog.record(tx, AuditLog.Change.of("region.remove", "region", region.id(), summary.apply(region))
                    .values(region.name(), null));
            return region;
        });
    }

    static Optional<Region> own(DSLContext tx) {
        Optional<RegionRecord> chosen = AppSettings.get(tx, OWN_REGION)
                .flatMap(code -> tx.selectFrom(REGION).where(REGION.CODE.eq(code)).fetchOptional());
        return chosen.or(() -> tx.selectFrom(REGION).where(REGION.KIND.eq(RegionKind.CITY.name()))
                        .orderBy(REGION.CODE).limit(1).fetchOptional())
                .map(RegionRepository::toRegion);
    }

    private static Region toRegion(RegionRecord r) {
        return new Region(r.getId(), r.getCode(), r.getName(), RegionKind.valueOf(r.getKind()),
                Optional.ofNullable(r.getParentId()), r.getRowVersion());
    }

    /** A region's name as typed, in the form names are kept, refused if it is not a name. */
    private static String checkedName(String name) {
        String cleaned = TextRules.typedName(name);
        ContentMessages.regionNameProblem(cleaned).ifPresent(problem -> {
            throw new UserFacingException("store.error.regionName", problem);
        });
        return cleaned;
    }
}
