package org.kesudesk.store;

import static org.kesudesk.store.jooq.Tables.REGION;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jooq.DSLContext;
import org.kesudesk.l10n.ContentMessages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.Ids;
import org.kesudesk.model.Region;
import org.kesudesk.model.TextRules;
import org.kesudesk.model.RegionKind;
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
            RegionRecord record = tx.newRecord(REGION);
            record.setId(Ids.newId());
            record.setCode(cleanCode);
            record.setName(cleanName);
            record.setKind(RegionKind.COUNTY.name());
            record.setParentId(city == null ? null : city.getId());
            record.setRowVersion(1L);
            record.store();
            Region region = toRegion(record);
            AuditLog.record(tx, AuditLog.Change.of("region.add", "region", region.id(), summary.apply(region))
                    .values(null, region.name()));
            return region;
        });
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
