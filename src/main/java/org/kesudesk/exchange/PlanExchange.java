package org.kesudesk.exchange;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.concurrent.CompletionException;

import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.Divisions;
import org.kesudesk.logic.AppVersion;
import org.kesudesk.logic.PlanContentCheck;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.Region;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.model.RegionKind;
import org.kesudesk.model.RegionSetup;
import org.kesudesk.store.AuditLog;
import org.kesudesk.store.Backups;
import org.kesudesk.store.Database;
import org.kesudesk.store.ExchangeRepository;
import org.kesudesk.store.KeyRepository;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.RegionRepository;

/**
 * Plans exchanged between the city and its counties as .kesu files. The city sends each county the plan made for
 * it ({@code plan derive}); a county sends the city its own plan with its assignments. Importing checks the file
 * (see {@link ExchangeFile}), then who may send what: a file must be addressed to this office, and may only carry
 * the plan of its sender's region (or, from the city, the plan of the county it is sent to). The preview says
 * what would change here, merged against the plan as last exchanged; applying makes a backup of the database and
 * stores everything in one transaction. One instance serves one import of one or more files: it backs the
 * database up before the first of them that changes anything (in the background while the user reads the
 * preview, if asked: {@link #prepareBackupFor}), and is closed afterwards (a backup made for an import that did not
 * go ahead is then deleted).
 */
public final class PlanExchange implements AutoCloseable {

    static final String PLAN_ENTRY = PlanData.ENTRY;
    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PlanRepository plans;
    private final RegionRepository regions;
    private final ExchangeRepository exchanges;
    private final KeyRepository keys;
    private final AuditLog audit;
    private final Database database;
    /** The database file's backups; null for a database on a server (the server keeps its own). */
    private final Backups backups;
    private final org.kesudesk.store.ProgressRepository progress;
    /** The backup kept for this import, once a file changed something. */
    private Optional<Path> backup = Optional.empty();
    /** A backup being made (or made) in the background, not yet kept. */
    private CompletableFuture<Path> pendingBackup;

    public PlanExchange(Database database) {
        this.plans = new PlanRepository(database);
        this.regions = new RegionRepository(database);
        this.exchanges = new ExchangeRepository(database);
        this.keys = new KeyRepository(database);
        this.audit = new AuditLog(database);
        this.progress = new org.kesudesk.store.ProgressRepository(database);
        this.database = database;
        this.backups = Backups.keptHere(database) ? Backups.of(database) : null;
    }

    /** What a county's file carries of its plan's progress: its rounds and its reports in them. */
    public record ProgressCarried(int rounds, int reports) {
    }

    /**
     * A file written: to whom, which plan, how many tasks.
     *
     * @param filesCarried     the attached files (佐证材料) whose contents it carries, and their bytes
     * @param filesLeftOut     those it lists without their contents: over what one file carries
     * @param filesAtRecipient those it lists without their contents because the recipient has them (its receipt)
     * @param receiptFiles     in the city's file to a county, the county's files its receipt says the city has
     * @param progress         in a county's file, the progress of its plan it carries
     */
    public record Exported(Path file, Region recipient, String planTitle, long tasks, int filesCarried,
                           long bytesCarried, int filesLeftOut, long bytesLeftOut, int filesAtRecipient,
                           long bytesAtRecipient, int receiptFiles, List<String> roundsAsked,
                           Optional<ProgressCarried> progress) {

        public Exported {
            roundsAsked = List.copyOf(roundsAsked);
        }

        /**
         * What is said of the attached files a file carries and leaves out, or of the receipt for them and the
         * rounds it asks for (the city's file to a county), a line each; none without any of these.
         */
        public List<String> filesSummary() {
            List<String> lines = new java.util.ArrayList<>();
            progress.ifPresent(carried -> lines.add(carried.reports() == 0
                    ? Messages.get("cli.exchange.exportedNoReports", recipient.name())
                    : Messages.get("cli.exchange.exportedProgress", carried.rounds(), carried.reports())));
            if (receiptFiles > 0) {
                lines.add(Messages.get("cli.exchange.exportedReceipt", receiptFiles, recipient.name()));
            }
            if (filesCarried > 0) {
                lines.add(Messages.get("cli.exchange.exportedFiles", filesCarried, Messages.fileSize(bytesCarried)));
            }
            if (filesAtRecipient > 0) {
                lines.add(Messages.get("cli.exchange.exportedFilesAtRecipient", filesAtRecipient,
                        Messages.fileSize(bytesAtRecipient), recipient.name()));
            }
            if (filesLeftOut > 0) {
                lines.add(Messages.get("cli.exchange.exportedFilesLeftOut", filesLeftOut,
                        Messages.fileSize(bytesLeftOut), ProgressData.CARRIED_BYTES / (1024 * 1024)));
            }
            if (!roundsAsked.isEmpty()) {
                lines.add(Messages.get("cli.exchange.exportedRounds", recipient.name(),
                        String.join("、", roundsAsked)));
            }
            return lines;
        }
    }

    /** The key a file was signed with: its fingerprint, whether this office knows it yet, the key itself (X.509). */
    public record SenderKey(String fingerprint, boolean isNew, byte[] publicKey) {
    }

    /** The plan as a file carries it: the bytes of its entry, their SHA-256, and the plan read from them. */
    public record ReceivedPlan(byte[] bytes, String digest, PlanDocument document) {
    }

    /**
     * What a file brings besides its plan, checked, and whether it differs from what is here.
     *
     * @param data             a county's progress with its attached files' contents, or the city's receipt and
     *                         the rounds it asks for that the county's plan has not
     * @param progressChanges  the progress differs from what is here
     * @param filesNotReceived the files the progress lists that are neither carried nor held here (not stored)
     * @param receiptChanges   the receipt differs from the one here
     */
    public record CameAlong(ExchangeRepository.Alongside data, boolean progressChanges, int filesNotReceived,
                            boolean receiptChanges, List<RoundDueElsewhere> roundsDueElsewhere) {

        public CameAlong {
            roundsDueElsewhere = List.copyOf(roundsDueElsewhere);
        }

        /** Whether storing it would change nothing here. */
        public boolean changesNothing() {
            return !progressChanges && !receiptChanges && data.roundsToOpen().isEmpty();
        }
    }

    /**
     * A round the city asks for that the plan here has under the same name with another due date: the city's, and
     * the one here, which the import keeps.
     */
    public record RoundDueElsewhere(String name, java.time.LocalDate citysDue, java.time.LocalDate dueHere) {
    }

    /**
     * A file read and checked, and what importing it would do here.
     *
     * @param here           the plan as it is here when the file was read, with the audit log's last id then
     *                       (applying need not read it again if nothing has been recorded since); none if new here
     * @param adoptedRegion  the region this office takes on with this file: a database with no plan and no region
     *                       chosen takes the file's recipient (a county's first file from the city)
     * @param importedBefore this very file (same sender and time) was imported before
     * @param recorded       what this office recorded on the plan here (reports, indicator values), which a file
     *                       that drops its tasks would take with it; nothing when the file brings the plan's
     *                       progress itself (a county's file)
     * @param removalConfirmed the user said the tasks with reports the file drops may go ({@link #reportedGone})
     * @param alongside      what the file brings besides its plan
     */
    public record Preview(Path file, ExchangeFile.Header header, Region sender, SenderKey senderKey,
                          Region planRegion, ReceivedPlan received, Optional<PlanDocument> base,
                          Optional<ExchangeRepository.ReadPlan> here, Optional<Region> adoptedRegion,
                          boolean importedBefore, PlanMerge.Result merge, RecordedWork recorded,
                          boolean removalConfirmed, CameAlong alongside) {

        /** The same preview with conflicts settled as chosen. */
        public Preview choose(Map<UUID, PlanMerge.Choice> choices) {
            return new Preview(file, header, sender, senderKey, planRegion, received, base, here, adoptedRegion,
                    importedBefore, PlanMerge.merge(base, mine(), theirs(), choices), recorded, removalConfirmed,
                    alongside);
        }

        /** The plan as the file carries it. */
        public PlanDocument theirs() {
            return received.document();
        }

        /** The plan as it is here, if it is. */
        public Optional<PlanDocument> mine() {
            return here.map(ExchangeRepository.ReadPlan::plan);
        }

        public String senderFingerprint() {
            return senderKey.fingerprint();
        }

        /** Whether the sender's key is new here (accepted with the import). */
        public boolean newSenderKey() {
            return senderKey.isNew();
        }

        /** A county's progress the file carries. */
        public Optional<org.kesudesk.model.ProgressSnapshot> progress() {
            return alongside.data().progress();
        }

        /** The contents of the files attached to that progress that the file carries. */
        public org.kesudesk.model.EvidenceContents files() {
            return alongside.data().files();
        }

        /** In the city's file to a county, the contents of the county's files the city holds (its receipt). */
        public Optional<Set<String>> receivedByCity() {
            return alongside.data().receivedByCity();
        }

        public boolean progressChanges() {
            return alongside.progressChanges();
        }

        public int filesNotReceived() {
            return alongside.filesNotReceived();
        }

        /**
         * The tasks units here have reported on (and indicators with values) that importing the file removes — the
         * city dropped them from the county's plan — by their headings; they go with their reports only when the
         * user confirms it ({@link #confirmRemoval}).
         */
        public List<String> reportedGone() {
            return mine().map(plan -> recorded.gone(plan, merge.merged())).orElse(List.of());
        }

        /** The same preview with the removal of {@link #reportedGone} confirmed by the user. */
        public Preview confirmRemoval() {
            return new Preview(file, header, sender, senderKey, planRegion, received, base, here, adoptedRegion,
                    importedBefore, merge, recorded, true, alongside);
        }

        /** Every conflict settled for one side. */
        public Preview chooseAll(PlanMerge.Choice choice) {
            return choose(merge.everyConflict(choice));
        }

        /** Whether applying the file would change nothing here: the plan merges to what is here, the progress it
         *  carries (a county's) is what is here already, and so is the city's receipt (in its file to a county). */
        public boolean changesNothing() {
            return merge.changesNothing() && alongside.changesNothing();
        }

        public long tasksInFile() {
            return tasks(theirs());
        }

        /**
         * What the preview says of the progress the file carries (a county's), a line each: its rounds and reports
         * and whether they differ from what is here; its attached files, those carried and those neither carried
         * nor here; or, in the city's file to a county, how many of the county's files the city says it has and
         * the rounds it asks for that are opened here. Empty for a file without any of these.
         */
        public List<String> progressSummary() {
            if (progress().isEmpty()) {
                List<String> lines = new java.util.ArrayList<>();
                receivedByCity().filter(hashes -> !hashes.isEmpty()).ifPresent(hashes -> lines.add(
                        Messages.get("cli.exchange.receivedByCity", sender.name(), hashes.size())));
                if (!alongside.data().deadlinesGiven().isEmpty()) {
                    lines.add(Messages.get("cli.exchange.deadlinesGiven", sender.name(),
                            alongside.data().deadlinesGiven().size()));
                }
                List<ReportingRound.Asked> rounds = alongside.data().roundsToOpen();
                if (!rounds.isEmpty()) {
                    lines.add(Messages.get("cli.exchange.roundsAsked", sender.name(), String.join("、",
                            rounds.stream().map(round -> Messages.get("cli.exchange.roundAsked", round.name(),
                                    round.due().toString())).toList())));
                }
                alongside.roundsDueElsewhere().forEach(round -> lines.add(Messages.get(
                        "cli.exchange.roundDueElsewhere", sender.name(), round.name(), round.citysDue().toString(),
                        round.dueHere().toString())));
                return lines;
            }
            org.kesudesk.model.ProgressSnapshot shipped = progress().get();
            org.kesudesk.model.EvidenceContents files = files();
            List<String> lines = new java.util.ArrayList<>();
            lines.add(Messages.get(progressChanges() ? "cli.exchange.progress" : "cli.exchange.progressSame",
                    shipped.rounds().size(), shipped.reportCount(), shipped.deadlines().size()));
            if (shipped.attachmentCount() > 0) {
                lines.add(files.count() == 0
                        ? Messages.get("cli.exchange.progressFilesNoneCarried", shipped.attachmentCount())
                        : Messages.get("cli.exchange.progressFiles", shipped.attachmentCount(), files.count(),
                        Messages.fileSize(files.bytes())));
            }
            if (filesNotReceived() > 0) {
                lines.add(Messages.get("cli.exchange.progressFilesMissing", filesNotReceived()));
            }
            return lines;
        }
    }

    /**
     * What an import did.
     *
     * @param backup the database's backup made before it (none if nothing changed)
     */
    public record Imported(Preview preview, Optional<Path> backup, ExchangeRepository.Applied applied) {

        /**
         * Whether the sender (a county) should have a file back: this one brought contents of its 佐证材料, which its
         * files carry again until a file from here gives it the receipt for them (decision 0030).
         */
        public boolean receiptDue() {
            return preview.progress().isPresent() && preview.files().count() > 0;
        }

        /**
         * What the import did besides the plan, a line each, as the user is told after it: the rounds it opened, the
         * deadlines it set (the city's file), the progress it replaced (a county's). Empty if nothing of it.
         */
        public List<String> doneAlongside() {
            List<String> lines = new java.util.ArrayList<>();
            ExchangeRepository.Alongside data = preview.alongside().data();
            if (!data.roundsToOpen().isEmpty()) {
                lines.add(Messages.get("exchange.done.roundsOpened", String.join("、", data.roundsToOpen().stream()
                        .map(round -> Messages.get("cli.exchange.roundAsked", round.name(), round.due().toString()))
                        .toList())));
            }
            int deadlines = data.deadlinesKept(preview.merge().merged()).size();
            if (deadlines > 0) {
                lines.add(Messages.get("exchange.done.deadlinesSet", preview.sender().name(), deadlines));
            }
            if (preview.alongside().progressChanges()) {
                org.kesudesk.model.ProgressSnapshot shipped = preview.progress().orElseThrow();
                lines.add(Messages.get("exchange.done.progress", preview.sender().name(), shipped.rounds().size(),
                        shipped.reportCount()));
            }
            return lines;
        }
    }

    /**
     * Writes the file for another office: the city sends a county its plan; a county sends the city its own.
     *
     * @throws UserFacingException if there is no such region, it is not this office's county or city, or it has
     *                             no plan to send
     */
    public Exported export(String recipientCode, Path file) {
        return export(recipientCode, file, Optional.empty());
    }

    /**
     * {@link #export(String, Path)} of the plan for the years given (those of the plan shown, or named by
     * {@code --plan}): the city sends a county its plan of those years, a county the city its own — its report on
     * the plan for 2021–2025 still goes after the plan for 2026–2030 has come. Empty: the plan for this year.
     */
    public Exported export(String recipientCode, Path file, Optional<org.kesudesk.model.PlanPeriod> period) {
        return export(recipientCode, file, ProgressData.CARRIED_BYTES, period);
    }

    /** {@link #export(String, Path)} carrying at most {@code carriedBytes} of attached files' contents. */
    Exported export(String recipientCode, Path file, long carriedBytes) {
        return export(recipientCode, file, carriedBytes, Optional.empty());
    }

    private Exported export(String recipientCode, Path file, long carriedBytes,
                            Optional<org.kesudesk.model.PlanPeriod> period) {
        Region own = regions.own().orElseThrow(() -> new UserFacingException("exchange.error.noOwnRegion"));
        Region recipient = regions.byCode(recipientCode)
                .orElseThrow(() -> new UserFacingException("store.error.noSuchRegion", recipientCode.strip()));
        UUID planId;
        Region planRegion;
        if (recipient.id().equals(own.id())) {
            throw new UserFacingException("exchange.error.toSelf", own.name());
        } else if (own.kind() == RegionKind.CITY && recipient.belongsTo(own)) {
            planRegion = recipient;
            planId = plans.regionPlanDuring(recipient.id(), period).orElseThrow(() -> period.isPresent()
                    ? new UserFacingException("exchange.error.noCountyPlanOfYears", recipient.name(),
                            recipient.code(), period.get().toString())
                    : new UserFacingException("exchange.error.noCountyPlan", recipient.name(), recipient.code()));
        } else if (own.kind() == RegionKind.COUNTY && own.belongsTo(recipient)) {
            planRegion = own;
            planId = plans.regionPlanDuring(own.id(), period).orElseThrow(() -> period.isPresent()
                    ? new UserFacingException("exchange.error.noOwnPlanOfYears", own.name(), period.get().toString())
                    : new UserFacingException("exchange.error.noOwnPlan", own.name()));
        } else {
            throw new UserFacingException("exchange.error.notNeighbour", own.name(), recipient.name());
        }
        PlanDocument plan = plans.find(planId).orElseThrow();
        // the version both offices had last: the recipient merges against it
        Optional<String> basedOn = exchanges.baseline(planId).map(ExchangeFile::sha256);
        byte[] data = PlanData.write(plan, planRegion.code(), basedOn);
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        entries.put(PLAN_ENTRY, data);
        int version = PlanData.formatVersion(plan);
        ProgressData.Carried carried = ProgressData.Carried.none();
        Map<String, String> digests = new java.util.HashMap<>();
        long bytesCarried = 0;
        int receiptFiles = 0;
        List<String> roundsAsked = List.of();
        Optional<ProgressCarried> progressCarried = Optional.empty();
        if (planRegion.id().equals(own.id())) {
            // a county's own plan goes with how it is going: its deadlines, rounds, reports and their files
            org.kesudesk.model.ProgressSnapshot snapshot = progress.snapshot(planId);
            entries.put(ProgressData.ENTRY, ProgressData.write(snapshot));
            progressCarried = Optional.of(new ProgressCarried(snapshot.rounds().size(), snapshot.reportCount()));
            // not what the city said it has: the file carries only what is new to it
            carried = ProgressData.carried(snapshot, carriedBytes, progress.receivedByCity(planId));
            for (String hash : carried.hashes()) {
                byte[] content = progress.evidenceContent(hash).orElseThrow(() -> new UserFacingException(
                        "progress.evidence.error.gone"));
                entries.put(ExchangeFile.EVIDENCE_FOLDER + hash, content);
                // evidenceContent checked the content is of its digest
                digests.put(ExchangeFile.EVIDENCE_FOLDER + hash, hash);
                bytesCarried += content.length;
            }
            if (snapshot.attachmentCount() > 0) {
                version = Math.max(version, ExchangeFile.ATTACHMENTS_VERSION);
            }
        } else {
            // the city's receipt for the county's attached files: its next file need not carry them again
            List<String> held = progress.contentsAttached(planId);
            if (!held.isEmpty()) {
                entries.put(EvidenceReceipt.ENTRY, EvidenceReceipt.write(held));
                receiptFiles = Math.min(held.size(), EvidenceReceipt.MAX_FILES);
                version = Math.max(version, ExchangeFile.RECEIPT_VERSION);
            }
            // the rounds open on the city's own plan of the county's plan's years: the county reports in them too
            List<ReportingRound.Asked> asked = plans.regionPlanDuring(own.id(), plan.plan().period())
                    .map(cityPlan -> progress.rounds(cityPlan).stream().filter(ReportingRound::isOpen)
                            .map(ReportingRound.Asked::of).limit(RoundsAsked.MAX_ROUNDS).toList())
                    .orElse(List.of());
            if (!asked.isEmpty()) {
                entries.put(RoundsAsked.ENTRY, RoundsAsked.write(asked));
                roundsAsked = asked.stream().map(ReportingRound.Asked::name).toList();
                version = Math.max(version, ExchangeFile.ROUNDS_VERSION);
            }
            // the county's plan's deadlines as held here, of the tasks the county has not had yet (none of the
            // version both had last): a task new to the county comes with its own, the county's own stay
            Map<UUID, org.kesudesk.model.Deadline> deadlines = new java.util.HashMap<>(progress.deadlines(planId));
            if (!deadlines.isEmpty()) {
                exchanges.baseline(planId).map(last -> PlanData.read(last).document())
                        .ifPresent(had -> had.forEachNode(node -> deadlines.remove(node.id())));
            }
            if (!deadlines.isEmpty()) {
                entries.put(CityDeadlines.ENTRY, CityDeadlines.write(deadlines));
                version = Math.max(version, ExchangeFile.ROUNDS_VERSION);
            }
        }
        ExchangeFile.write(file, new ExchangeFile.Header(own.code(), own.name(), recipient.code(),
                OffsetDateTime.now(), AppVersion.current()), entries, new OfficeKeys(keys).ownKeyPair(), version,
                digests);
        exchanges.exported(planId, data, ExchangeFile.sha256(data), Messages.get("audit.summary.exchangeExport",
                recipient.name(), file.getFileName().toString()));
        return new Exported(file, recipient, plan.plan().name(), tasks(plan), carried.hashes().size(), bytesCarried,
                carried.leftOut(), carried.leftOutBytes(), carried.atRecipient(), carried.atRecipientBytes(),
                receiptFiles, roundsAsked, progressCarried);
    }

    /**
     * The offices this office sends files to that have a plan to send: for the city, its counties with a plan, by
     * code; for a county, the city if the county has its own plan.
     */
    public List<Region> recipients() {
        Optional<Region> own = regions.own();
        if (own.isEmpty()) {
            return List.of();
        }
        java.util.Set<UUID> withPlans = new java.util.HashSet<>();
        plans.list().forEach(plan -> withPlans.add(plan.region().id()));
        Region office = own.get();
        return regions.all().stream().filter(r -> office.kind() == RegionKind.CITY
                        ? r.belongsTo(office) && withPlans.contains(r.id())
                        : office.belongsTo(r) && withPlans.contains(office.id()))
                .sorted(java.util.Comparator.comparing(Region::code)).toList();
    }

    /**
     * The name a file for another office is given, without its extension: 科素通-齐齐哈尔市至富裕县-2026-12-05, with
     * any character a file name may not hold on Windows or Linux replaced.
     */
    public static String fileName(Region own, Region recipient, java.time.LocalDate day) {
        return fileName(own, recipient, Optional.empty(), day);
    }

    /**
     * {@link #fileName(Region, Region, java.time.LocalDate)} for the plans of the years given, which the name says
     * (科素通-富裕县至齐齐哈尔市-2021—2025年方案-2026-12-05): a county's files of two periods written the same day are
     * two files, not one over the other.
     */
    public static String fileName(Region own, Region recipient, Optional<org.kesudesk.model.PlanPeriod> period,
                                  java.time.LocalDate day) {
        return org.kesudesk.files.FileNames.safe(period.map(years -> Messages.get("exchange.export.fileNameOfYears",
                        own.name(), recipient.name(), day.toString(), years.toString()))
                .orElseGet(() -> Messages.get("exchange.export.fileName", own.name(), recipient.name(),
                        day.toString())));
    }

    /** A file written for one office of a batch, or why it could not be. */
    public record BatchExport(Region recipient, Optional<Exported> exported, Optional<String> failure) {
    }

    /**
     * Writes a file for each office {@link #recipients()} names into a folder (the city sending every county its
     * plan after the plans changed), each named by {@link #fileName}; one that cannot be written is reported and the
     * others written.
     */
    public List<BatchExport> exportAll(Path folder) {
        return exportAll(folder, Optional.empty());
    }

    /** {@link #exportAll(Path)} of the plans for the years given ({@link #export(String, Path, Optional)}). */
    public List<BatchExport> exportAll(Path folder, Optional<org.kesudesk.model.PlanPeriod> period) {
        Region own = regions.own().orElseThrow(() -> new UserFacingException("exchange.error.noOwnRegion"));
        List<Region> recipients = recipients();
        if (recipients.isEmpty()) {
            throw new UserFacingException(own.kind() == RegionKind.CITY ? "exchange.export.nothing.city"
                    : "exchange.export.nothing.county");
        }
        return recipients.stream().map(recipient -> exportInto(folder, recipient, period)).toList();
    }

    /**
     * One file of {@link #exportAll}: written into the folder (made if need be) under its {@link #fileName}, or why
     * it could not be.
     */
    public BatchExport exportInto(Path folder, Region recipient, Optional<org.kesudesk.model.PlanPeriod> period) {
        try {
            Region own = regions.own().orElseThrow(() -> new UserFacingException("exchange.error.noOwnRegion"));
            try {
                java.nio.file.Files.createDirectories(folder);
            } catch (java.io.IOException e) {
                throw new UserFacingException(e, "exchange.error.folder", folder.toAbsolutePath(),
                        org.kesudesk.l10n.FailureReasons.of(e));
            }
            Path file = folder.resolve(fileName(own, recipient, period, java.time.LocalDate.now())
                    + org.kesudesk.model.ExchangePackage.EXTENSION);
            return new BatchExport(recipient, Optional.of(export(recipient.code(), file, period)), Optional.empty());
        } catch (UserFacingException failure) {
            return new BatchExport(recipient, Optional.empty(), Optional.of(failure.getMessage()));
        }
    }

    /**
     * A file for a region not in the list: refused, and an office of another city whose list is still the default
     * one (nothing stored) is told how to set up its own, the file being for a place of the country's list.
     */
    private UserFacingException unknownRecipient(String code) {
        Divisions divisions = Divisions.bundled();
        return divisions.byCode(code).filter(division -> regions.replaceable())
                .flatMap(division -> divisions.setupFor(division).map(setup -> (UserFacingException)
                        new RegionNotSetUpException(divisions.fullName(division), setup)))
                .orElseGet(() -> new UserFacingException("exchange.error.unknownRegion", code));
    }

    /**
     * A file for a place of the country's list while this office's region list is still the default one and holds
     * nothing: the window offers to set up that place's list (the office being the place) and to import again.
     */
    public static final class RegionNotSetUpException extends UserFacingException {
        private final transient RegionSetup setup;

        RegionNotSetUpException(String fullName, RegionSetup setup) {
            super("exchange.error.recipientNotSetUp", fullName, setup.ownCode());
            this.setup = setup;
        }

        /** The region list the file's recipient belongs to. */
        public RegionSetup setup() {
            return setup;
        }
    }

    /**
     * Reads and checks a file and works out what importing it would change; nothing is stored.
     *
     * @param trustNewKey accept the sender's key if this office does not know it yet (the user compared its
     *                    fingerprint)
     * @throws ExchangeFile.UnknownSenderKeyException if the sender's key is unknown and not to be trusted
     * @throws UserFacingException                    if the file is damaged, not for this office, or carries data
     *                                                its sender may not send
     */
    public Preview inspect(Path file, boolean trustNewKey) {
        ExchangeFile.Contents contents = ExchangeFile.read(file,
                code -> keys.known(code).map(KeyRepository.KnownKey::fingerprint), trustNewKey);
        ExchangeFile.Header header = contents.header();
        byte[] received = contents.entries().get(PLAN_ENTRY);
        if (received == null) {
            throw new UserFacingException("exchange.error.missingEntry", PLAN_ENTRY);
        }
        String receivedDigest = contents.digests().get(PLAN_ENTRY);

        Region own = regions.own().orElseThrow(() -> new UserFacingException("exchange.error.noOwnRegion"));
        Region recipient = regions.byCode(header.recipientCode()).orElseThrow(() ->
                unknownRecipient(header.recipientCode()));
        Optional<Region> adopted = Optional.empty();
        if (!recipient.id().equals(own.id())) {
            if (regions.ownChosen() || !plans.list().isEmpty()) {
                throw new UserFacingException("exchange.error.wrongRecipient", recipient.name(), recipient.code(),
                        own.name(), own.code());
            }
            adopted = Optional.of(recipient);
            own = recipient;
        }
        Region sender = regions.byCode(header.senderCode()).orElseThrow(() -> new UserFacingException(
                "exchange.error.unknownRegion", header.senderCode()));
        if (sender.id().equals(own.id())) {
            throw new UserFacingException("exchange.error.ownFile", own.name());
        }

        PlanData.Shipped shipped = PlanData.read(received);
        PlanDocument theirs = shipped.document();
        PlanContentCheck.requireValid(theirs);
        Region planRegion = regions.byCode(shipped.regionCode()).orElseThrow(() -> new UserFacingException(
                "exchange.error.unknownRegion", shipped.regionCode()));
        Region receiver = own;
        boolean neighbours = sender.belongsTo(receiver) || receiver.belongsTo(sender);
        if (!neighbours) {
            throw new UserFacingException("exchange.error.notNeighbour", sender.name(), receiver.name());
        }
        // a county sends only its own plan, and only to its city; the city sends a county only that county's plan
        boolean countyOwnPlan = sender.kind() == RegionKind.COUNTY && planRegion.id().equals(sender.id());
        boolean cityToItsCounty = sender.kind() == RegionKind.CITY && planRegion.id().equals(receiver.id())
                && receiver.belongsTo(sender);
        if (!countyOwnPlan && !cityToItsCounty) {
            throw new UserFacingException("exchange.error.outsideRegion", sender.name(), planRegion.name());
        }
        UUID planId = theirs.plan().id();
        long auditLastId = audit.lastIdFor(planId);
        Optional<PlanDocument> mine = plans.find(planId);
        if (mine.isPresent()) {
            Optional<UUID> storedRegion = exchanges.regionOf(planId);
            boolean sameRegion = storedRegion.map(planRegion.id()::equals)
                    .orElse(planRegion.id().equals(receiver.id()));
            if (!sameRegion) {
                throw new UserFacingException("exchange.error.outsideRegion", sender.name(), mine.get().plan().name());
            }
        }
        // only rows this plan does not have here yet can belong to another plan
        Set<UUID> newRows = PlanMerge.rowIds(theirs);
        mine.ifPresent(plan -> newRows.removeAll(PlanMerge.rowIds(plan)));
        List<UUID> elsewhere = exchanges.usedByOtherPlans(planId, newRows);
        if (!elsewhere.isEmpty()) {
            throw new UserFacingException("exchange.error.rowsOfOtherPlan", elsewhere.size(), elsewhere.get(0));
        }
        Optional<OffsetDateTime> last = exchanges.lastImported(planId, sender.code(),
                OffsetDateTime.now().plus(ExchangeFile.MAX_CLOCK_AHEAD));
        OffsetDateTime created = storedPrecision(header.createdAt());
        if (last.isPresent() && last.get().isAfter(created)) {
            throw new UserFacingException("exchange.error.olderFile", shown(created), sender.name(),
                    shown(last.get()));
        }
        boolean importedBefore = last.isPresent() && last.get().isEqual(created);
        // a version this office already has (this very file again, or one it sent) brings nothing new: it is its
        // own base (the plan read from the file: the version's bytes are the file's). Otherwise the version the
        // sender says it had last exchanged with this office; else the last one here (a file that names no base,
        // merged against this office's own last export, would undo this office's edits since that file)
        Optional<PlanDocument> base = importedBefore || exchanges.hasVersion(planId, receivedDigest)
                ? Optional.of(theirs)
                : shipped.basedOn().flatMap(sha -> exchanges.version(planId, sha))
                .or(() -> exchanges.baseline(planId))
                .map(data -> PlanData.read(data).document());
        // a county's progress comes with its own plan only; the city's file to a county carries none
        byte[] progressEntry = contents.entries().get(ProgressData.ENTRY);
        if (progressEntry != null && !countyOwnPlan) {
            throw new UserFacingException("exchange.error.progressNotSenders", sender.name(), planRegion.name());
        }
        org.kesudesk.model.EvidenceContents files = contents.evidence();
        if (progressEntry == null && files.count() > 0) {
            throw new UserFacingException("exchange.error.extraEntry",
                    ExchangeFile.EVIDENCE_FOLDER + files.hashes().iterator().next());
        }
        // the city's receipt for the county's attached files comes in its files to that county only
        byte[] receiptEntry = contents.entries().get(EvidenceReceipt.ENTRY);
        if (receiptEntry != null && !cityToItsCounty) {
            throw new UserFacingException("exchange.error.receiptNotCitys", sender.name(), planRegion.name());
        }
        Optional<Set<String>> receivedByCity = cityToItsCounty ? Optional.of(receiptEntry == null ? Set.of()
                : EvidenceReceipt.read(receiptEntry)) : Optional.empty();
        boolean receiptChanges = receivedByCity.isPresent()
                && !receivedByCity.get().equals(progress.receivedByCity(planId));
        // the rounds the city asks its counties to report in, in its files to a county only: those the county's
        // plan has no round of that name for are opened with the import
        byte[] roundsEntry = contents.entries().get(RoundsAsked.ENTRY);
        if (roundsEntry != null && !cityToItsCounty) {
            throw new UserFacingException("exchange.error.roundsNotCitys", sender.name(), planRegion.name());
        }
        Map<String, ReportingRound> roundsHere = new java.util.HashMap<>();
        if (mine.isPresent()) {
            progress.rounds(planId).forEach(round -> roundsHere.put(round.name(), round));
        }
        List<ReportingRound.Asked> asked = roundsEntry == null ? List.of() : RoundsAsked.read(roundsEntry);
        List<ReportingRound.Asked> roundsToOpen = asked.stream().filter(round -> !roundsHere.containsKey(round.name()))
                .toList();
        // a round here of that name the county keeps as it is, its due date too: one the city's differs from (the
        // city put it off, or the county set its own) is said, for the county's clerk to decide
        List<RoundDueElsewhere> dueElsewhere = asked.stream().filter(round -> roundsHere.containsKey(round.name())
                        && !roundsHere.get(round.name()).due().equals(round.due()))
                .map(round -> new RoundDueElsewhere(round.name(), round.due(), roundsHere.get(round.name()).due()))
                .toList();
        // the deadlines of the county's plan as the city holds them, in its files to a county only: those of tasks
        // new here come with them
        byte[] deadlinesEntry = contents.entries().get(CityDeadlines.ENTRY);
        if (deadlinesEntry != null && !cityToItsCounty) {
            throw new UserFacingException("exchange.error.deadlinesNotCitys", sender.name(), planRegion.name());
        }
        Map<UUID, org.kesudesk.model.Deadline> deadlinesGiven = new java.util.HashMap<>();
        if (deadlinesEntry != null) {
            Set<UUID> nodesHere = new java.util.HashSet<>();
            mine.ifPresent(plan -> plan.forEachNode(node -> nodesHere.add(node.id())));
            CityDeadlines.read(deadlinesEntry, theirs).forEach((node, deadline) -> {
                if (!nodesHere.contains(node)) {
                    deadlinesGiven.put(node, deadline);
                }
            });
        }
        Optional<org.kesudesk.model.ProgressSnapshot> shippedProgress = progressEntry == null ? Optional.empty()
                : Optional.of(ProgressData.read(progressEntry, theirs, files));
        Set<UUID> notReceived = shippedProgress.map(snapshot -> notReceived(snapshot, files)).orElse(Set.of());
        // what was recorded here on the plan, unless the file brings the plan's progress itself (a county's own)
        RecordedWork recorded = mine.isEmpty() || shippedProgress.isPresent() ? RecordedWork.none()
                : RecordedWork.of(database, planId);
        // the same file again changes nothing, though it lists files it did not bring
        boolean progressChanges = shippedProgress.isPresent() && (mine.isEmpty() || !shippedProgress.get()
                .withoutAttachments(notReceived).equals(progress.snapshot(planId)));
        return new Preview(file, header, sender, new SenderKey(contents.senderFingerprint(),
                keys.known(sender.code()).isEmpty(), contents.senderPublicKey()), planRegion,
                new ReceivedPlan(received, receivedDigest, theirs), base,
                mine.map(plan -> new ExchangeRepository.ReadPlan(plan, auditLastId)), adopted, importedBefore,
                PlanMerge.merge(base, mine, theirs, Map.of()), recorded, false,
                new CameAlong(new ExchangeRepository.Alongside(shippedProgress, files, receivedByCity, roundsToOpen,
                        deadlinesGiven),
                        progressChanges, notReceived.size(), receiptChanges, dueElsewhere));
    }

    /** The files (by id) a progress lists whose contents are neither carried nor held here. */
    private Set<UUID> notReceived(org.kesudesk.model.ProgressSnapshot shipped,
                                  org.kesudesk.model.EvidenceContents files) {
        List<org.kesudesk.model.ProgressSnapshot.Attachment> missing = shipped.rounds().stream()
                .flatMap(round -> round.attachments().stream())
                .filter(file -> files.get(file.hash()).isEmpty()).toList();
        if (missing.isEmpty()) {
            return Set.of();
        }
        Set<String> held = progress.heldContents(missing.stream().map(
                org.kesudesk.model.ProgressSnapshot.Attachment::hash).toList());
        return missing.stream().filter(file -> !held.contains(file.hash()))
                .map(org.kesudesk.model.ProgressSnapshot.Attachment::id).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * Applies an import as previewed (conflicts as chosen in it): a backup of the database first if anything
     * changes (once for all the files this instance imports), then everything in one transaction.
     */
    public Imported apply(Preview preview) {
        List<String> reportedGone = preview.reportedGone();
        if (!reportedGone.isEmpty() && !preview.removalConfirmed()) {
            throw new UserFacingException("exchange.error.reportedGone", preview.sender().name(),
                    reportedGone.size(), String.join("、", reportedGone));
        }
        PlanMerge.Result merge = preview.merge();
        boolean changes = !preview.changesNothing() || preview.mine().isEmpty();
        if (!changes && preview.importedBefore()) {
            // the same file again: not even its record is written twice
            return new Imported(preview, Optional.empty(), new ExchangeRepository.Applied(0, 0, 0));
        }
        if (changes && backups != null && backup.isEmpty() && !plans.list().isEmpty()) {
            startBackup();
            Path prepared = awaitBackup();
            pendingBackup = null;
            backup = Optional.of(backups.keep(prepared));
        }
        PlanDocument merged = merge.merged();
        // what is here and what came may each be sound and together too much (units, nodes); the file's plan
        // taken as it came was checked when the file was read
        if (merged != preview.theirs()) {
            PlanContentCheck.requireValid(merged);
        }
        Optional<KeyRepository.KnownKey> acceptedKey = preview.newSenderKey()
                ? Optional.of(new KeyRepository.KnownKey(preview.sender().code(), preview.sender().name(),
                preview.senderKey().publicKey(), preview.senderFingerprint()))
                : Optional.empty();
        ExchangeRepository.Applied applied = exchanges.applyImport(merged, preview.planRegion().id(),
                new ExchangeRepository.ImportRecord(preview.sender().code(), preview.sender().name(),
                        storedPrecision(preview.header().createdAt()), preview.file().getFileName().toString(),
                        preview.received().bytes(), preview.received().digest()),
                preview.adoptedRegion().map(Region::code), acceptedKey, preview.here(),
                new ExchangeRepository.ImportWording(done -> Messages.get("audit.summary.exchangeImport",
                        preview.sender().name(), preview.file().getFileName().toString(), done.inserted(),
                        done.updated(), done.deleted()), OfficeKeys::accepted,
                        count -> Messages.get("audit.summary.deadlinesGiven", count)),
                preview.alongside().data());
        return new Imported(preview, backup, applied);
    }

    /**
     * What to do with one file of a batch, given its preview: the preview to apply (conflicts settled), or none.
     * The window asks the user; the command line answers from its options.
     */
    public interface Decision {
        Optional<Preview> decide(Preview preview);

        /**
         * Whether to trust, from now on, the unknown key a file is signed with (asked only of a batch not told to
         * trust new keys, and only after a key accepted with an earlier file of the batch proved not to be it).
         */
        default boolean trustKey(ExchangeFile.UnknownSenderKeyException unknown) {
            return false;
        }
    }

    /**
     * Where a batch writes each file decided on: on the calling thread (the command line), or in turn with the
     * window's edits, on their thread.
     */
    public interface Writer {
        /** Writes the file decided on ({@code applying} writes it, on the thread that calls it). */
        Imported write(Path file, java.util.function.Supplier<Imported> applying);
    }

    /**
     * What became of one file of a batch: imported, left as decided (or its key not trusted: then
     * {@code failure} says so), or refused with the reason — a {@link UserFacingException} for what the code
     * foresaw, any other exception for what it did not (the file's alone: the others still go in).
     */
    public record Outcome(Path file, Optional<Imported> imported, Optional<RuntimeException> failure) {
    }

    /** {@link #importAll(List, boolean, Decision, Writer, Consumer)}, each file written on the calling thread. */
    public void importAll(List<Path> files, boolean trustNewKey, Decision decision, Consumer<Outcome> outcome) {
        importAll(files, trustNewKey, decision, (file, applying) -> applying.get(), outcome);
    }

    /**
     * Imports files one after another, each checked, decided on and applied in its own transaction; the next file
     * is checked (on a thread of its own) while one is being decided on and written, so at most two files are in
     * memory. A refused file is reported and the others still go in. If a file's plan changed while it was being
     * checked (the file before it was about the same plan, or an edit was made meanwhile), it is checked again and
     * decided on again. {@code decision} and {@code outcome} are called in the files' order, on the calling
     * thread; the one driver of the window's batch and the command line's.
     */
    public void importAll(List<Path> files, boolean trustNewKey, Decision decision, Writer writer,
                          Consumer<Outcome> outcome) {
        ExecutorService checker = Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, "kesudesk-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<Preview> next = checkNext(checker, files, 0, trustNewKey);
            for (int i = 0; i < files.size(); i++) {
                Preview preview;
                try {
                    preview = checked(next, files.get(i), decision);
                } catch (RuntimeException refused) {
                    next = checkNext(checker, files, i + 1, trustNewKey);
                    outcome.accept(new Outcome(files.get(i), Optional.empty(), Optional.of(refused)));
                    continue;
                }
                // a file that gives an empty database its region is written before the next is looked at
                boolean checkNextNow = preview.adoptedRegion().isEmpty();
                if (checkNextNow) {
                    next = checkNext(checker, files, i + 1, trustNewKey);
                }
                outcome.accept(decideAndApply(preview, decision, writer));
                if (!checkNextNow) {
                    next = checkNext(checker, files, i + 1, trustNewKey);
                }
            }
        } finally {
            checker.shutdownNow();
        }
    }

    /**
     * The preview of a file checked on the checking thread; one whose key was unknown there is checked again here
     * (a key accepted with a file before it may be its own), and trusted only if the decision says so.
     */
    private Preview checked(Future<Preview> check, Path file, Decision decision) {
        try {
            return await(check);
        } catch (ExchangeFile.UnknownSenderKeyException unknownThen) {
            try {
                return inspect(file, false);
            } catch (ExchangeFile.UnknownSenderKeyException unknown) {
                if (!decision.trustKey(unknown)) {
                    throw unknown;
                }
                return inspect(file, true);
            }
        }
    }

    /** Starts checking the file at {@code index} on the checking thread; null past the last file. */
    private Future<Preview> checkNext(ExecutorService checker, List<Path> files, int index, boolean trustNewKey) {
        return index < files.size() ? checker.submit(() -> inspect(files.get(index), trustNewKey)) : null;
    }

    private Outcome decideAndApply(Preview preview, Decision decision, Writer writer) {
        Path file = preview.file();
        try {
            Optional<Preview> chosen = decision.decide(preview);
            if (chosen.isEmpty()) {
                return new Outcome(file, Optional.empty(), Optional.empty());
            }
            try {
                return new Outcome(file, Optional.of(writer.write(file, () -> apply(chosen.get()))),
                        Optional.empty());
            } catch (ExchangeRepository.ChangedSincePreviewException checkedTooEarly) {
                // the plan changed after the file was checked: checked and decided on again, as it is now
                Optional<Preview> again = decision.decide(inspect(file, preview.newSenderKey()));
                return new Outcome(file, again.map(decided -> writer.write(file, () -> apply(decided))),
                        Optional.empty());
            }
        } catch (RuntimeException refused) {
            return new Outcome(file, Optional.empty(), Optional.of(refused));
        }
    }

    private static Preview await(Future<Preview> checked) {
        try {
            return checked.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts, in the background, the backup that applying this preview would need first (if it changes anything
     * in a database that has plans), so that it is made while the user reads the preview.
     */
    public void prepareBackupFor(Preview preview) {
        boolean changes = !preview.changesNothing() || preview.mine().isEmpty();
        if (changes && (preview.mine().isPresent() || !plans.list().isEmpty())) {
            startBackup();
        }
    }

    /** Deletes a backup made in the background for an import that did not go ahead. */
    @Override
    public void close() {
        if (pendingBackup != null) {
            try {
                backups.discard(pendingBackup.join());
            } catch (CompletionException failed) {
                // nothing was made
            }
            pendingBackup = null;
        }
    }

    private void startBackup() {
        if (backups != null && pendingBackup == null && backup.isEmpty()) {
            pendingBackup = CompletableFuture.supplyAsync(() -> backups.prepare(database, Backups.Kind.BEFORE_IMPORT),
                    BACKUP_THREAD);
        }
    }

    private Path awaitBackup() {
        try {
            return pendingBackup.join();
        } catch (CompletionException e) {
            pendingBackup = null;
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    /** Backups are made on a thread of their own, one at a time; it does not keep the app from exiting. */
    private static final java.util.concurrent.Executor BACKUP_THREAD = java.util.concurrent.Executors
            .newSingleThreadExecutor(work -> {
                Thread thread = new Thread(work, "kesudesk-backup");
                thread.setDaemon(true);
                return thread;
            });

    static long tasks(PlanDocument plan) {
        long[] count = {0};
        plan.forEachNode(n -> {
            if (n.kind() == NodeKind.TASK || n.kind() == NodeKind.SUBTASK) {
                count[0]++;
            }
        });
        return count[0];
    }

    /**
     * The database keeps times to the microsecond ({@link Database#keptPrecision}); a file's time is compared as it
     * is kept.
     */
    private static OffsetDateTime storedPrecision(OffsetDateTime time) {
        return time.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private static String shown(OffsetDateTime time) {
        return time.atZoneSameInstant(ZoneId.systemDefault()).format(SHOWN_TIME);
    }
}
