package org.kesudesk.logic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.kesudesk.model.Plan;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanSummary;
import org.kesudesk.model.Unit;
import org.kesudesk.model.UnitAlias;
import org.kesudesk.parse.AliasSuggestion;
import org.kesudesk.parse.ColumnMapping;
import org.kesudesk.parse.ParseReport;
import org.kesudesk.parse.PlanDocumentReader;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.UnitRepository;

/**
 * Importing a plan document is two steps with the user in between: read it (nothing is stored), then — after the
 * user has reviewed the tree, the warnings and the alias suggestions — save it in one transaction.
 */
public final class PlanImportService {

    static final String SAMPLE_RESOURCE = "/org/kesudesk/samples/qiqihar-2022-16.txt";
    private static final String SAMPLE_NAME = "qiqihar-2022-16.txt";

    private final PlanDocumentReader reader = new PlanDocumentReader();
    private final Optional<PlanRepository> plans;
    private final Optional<UnitRepository> units;
    private final Optional<java.util.function.Function<PlanDocument, byte[]>> sourceFormat;

    /**
     * Imports into a region's catalogue: the plan is stored for the region whose units {@code units} are, and
     * aliases are suggested against them. The plan is not kept as its document gave it: a revised document later
     * takes its word for everything (see the three-argument constructor).
     */
    public PlanImportService(PlanRepository plans, UnitRepository units) {
        this.plans = Optional.of(plans);
        this.units = Optional.of(units);
        this.sourceFormat = Optional.empty();
    }

    /**
     * Imports as {@link #PlanImportService(PlanRepository, UnitRepository)} does, keeping each plan stored as its
     * document gave it, in the format given, for a revised document to be merged with later.
     */
    public PlanImportService(PlanRepository plans, UnitRepository units,
                             java.util.function.Function<PlanDocument, byte[]> sourceFormat) {
        this.plans = Optional.of(plans);
        this.units = Optional.of(units);
        this.sourceFormat = Optional.of(sourceFormat);
    }

    private PlanImportService() {
        this.plans = Optional.empty();
        this.units = Optional.empty();
        this.sourceFormat = Optional.empty();
    }

    /** Reads documents without a database (a dry run writes nothing, not even a new database file). */
    public static PlanImportService withoutDatabase() {
        return new PlanImportService();
    }

    /** Reads a document for review; aliases are suggested against the units already stored too. */
    public ParseReport read(Path file, Optional<Charset> encoding) {
        return read(file, encoding, Optional.empty());
    }

    /** Reads a document for review, the columns of its division table as the user mapped them. */
    public ParseReport read(Path file, Optional<Charset> encoding, Optional<ColumnMapping> columns) {
        org.kesudesk.files.IncomingFiles.requireFile(file);
        return checked(reader.read(file, encoding, columns, knownUnitNames()));
    }

    /** Reads the bundled sample plan (the Qiqihar document) with the same parser. */
    public ParseReport readSample() {
        try (InputStream in = PlanImportService.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the sample plan is missing from the app: " + SAMPLE_RESOURCE);
            }
            return checked(reader.read(SAMPLE_NAME, in.readAllBytes(), Optional.empty(), knownUnitNames()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stores the plan read, all or nothing, for the region of the catalogue this service imports into.
     *
     * @param acceptedAliases the suggestions the user confirmed; the others stay separate units
     * @return the plan's header as stored (its id, region, period); the plan itself is read by its id
     */
    public Plan save(ParseReport report, Collection<AliasSuggestion> acceptedAliases) {
        return save(report, acceptedAliases, Optional.empty());
    }

    /**
     * Stores the plan read for another region than the catalogue's (a county's document the city imports for the
     * county), into that region's catalogue.
     */
    public Plan save(ParseReport report, Collection<AliasSuggestion> acceptedAliases, Optional<UUID> region) {
        Map<String, String> aliases = new LinkedHashMap<>();
        acceptedAliases.forEach(suggestion -> aliases.put(suggestion.alias(), suggestion.canonical()));
        PlanRepository store = plans.orElseThrow(() -> new IllegalStateException("read without a database"));
        UnitRepository catalogue = units.orElseThrow();
        PlanDocument document = report.document();
        PlanDocument placed = new PlanDocument(document.plan().inRegion(region.orElseGet(catalogue::regionId)),
                document.goalIndicators(), document.sections());
        return sourceFormat.map(format -> store.insert(placed, aliases, new PlanRepository.Source(report.source(),
                format))).orElseGet(() -> store.insert(placed, aliases));
    }

    /**
     * The plan already stored from the same document (same region, 文号 and title), if there is one: importing it
     * again would make a second plan beside it, without the edits, rounds and reports made on the first.
     *
     * @param region the region it would be stored for; empty: the catalogue's
     */
    public Optional<PlanSummary> storedBefore(ParseReport report, Optional<UUID> region) {
        return firstStored(region, (stored, regionId) -> stored.isSameDocument(report.document().plan(), regionId));
    }

    /**
     * The plan stored of the same region and name as the document read, not from the same document: the document
     * may be its revision, to update it with rather than store a second plan of that name beside it.
     *
     * @param region the region it would be stored for; empty: the catalogue's
     */
    public Optional<PlanSummary> revisedBy(ParseReport report, Optional<UUID> region) {
        return firstStored(region, (stored, regionId) -> stored.mayBeRevisedBy(report.document().plan(), regionId));
    }

    /** The first stored plan that is what the test says for the region (empty: the catalogue's). */
    private Optional<PlanSummary> firstStored(Optional<UUID> region,
                                              java.util.function.BiPredicate<PlanSummary, UUID> test) {
        PlanRepository store = plans.orElseThrow(() -> new IllegalStateException("read without a database"));
        UUID regionId = region.orElseGet(() -> units.orElseThrow().regionId());
        return store.list().stream().filter(stored -> test.test(stored, regionId)).findFirst();
    }

    /** A document read is refused if its plan breaks a content rule, before anyone reviews it. */
    private static ParseReport checked(ParseReport report) {
        PlanContentCheck.requireValid(report.document());
        return report;
    }

    private List<String> knownUnitNames() {
        List<String> names = new ArrayList<>();
        units.ifPresent(catalogue -> {
            catalogue.all().stream().map(Unit::name).forEach(names::add);
            catalogue.aliases().stream().map(UnitAlias::alias).forEach(names::add);
        });
        return names;
    }
}
