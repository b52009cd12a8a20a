package org.kesudesk.ui.exchange;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javafx.beans.property.StringProperty;

import org.kesudesk.exchange.CountyDerivations;
import org.kesudesk.exchange.ExchangeFile;
import org.kesudesk.exchange.PlanDerivation;
import org.kesudesk.exchange.Ledgers;
import org.kesudesk.exchange.OfficeKeys;
import org.kesudesk.exchange.PlanExchange;
import org.kesudesk.exchange.PlanMerge;
import org.kesudesk.exchange.Revisions;
import org.kesudesk.l10n.Messages;
import org.kesudesk.logic.Divisions;
import org.kesudesk.logic.RegionWording;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.Region;
import org.kesudesk.model.RegionKind;
import org.kesudesk.model.RegionSetup;
import org.kesudesk.store.Backups;
import org.kesudesk.store.Database;
import org.kesudesk.store.ExchangeRepository;
import org.kesudesk.store.KeyRepository;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.RegionRepository;
import org.kesudesk.ui.Dialogs;
import org.kesudesk.ui.FailureMessages;
import org.kesudesk.ui.task.BackgroundTask;
import org.kesudesk.ui.task.TaskExecutor;

/**
 * The 数据交换 menu: this office's region, a county's plan derived from the city's (with the unit names reviewed),
 * exchange files written and read. Files are checked, read and applied in the background, with what is being done
 * in the status line; the import shows its preview (and asks about an unknown sender's key, with its fingerprint)
 * before anything is stored.
 */
public final class ExchangeViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Database database;
    private final TaskExecutor executor;
    private final Dialogs dialogs;
    private final StringProperty busyText;
    private final Runnable planChanged;
    private final Supplier<Optional<UUID>> shownPlan;

    /**
     * @param busyText    where to say what is being done in the background (empty when nothing is)
     * @param planChanged called on the UI thread after something changed the plans (to show the current one)
     */
    private java.util.function.Consumer<List<Path>> filesOpened = files -> {
    };
    /** Called on the UI thread after exchange files were written (the navigator's 已发送 dates changed). */
    private Runnable filesSent = () -> {
    };

    public ExchangeViewModel(Database database, TaskExecutor executor, Dialogs dialogs, StringProperty busyText,
                             Runnable planChanged, Supplier<Optional<UUID>> shownPlan) {
        this.database = database;
        this.executor = executor;
        this.dialogs = dialogs;
        this.busyText = busyText;
        this.planChanged = planChanged;
        this.shownPlan = shownPlan;
    }

    /** 数据交换 ▸ 本单位所在区划…. */
    public void chooseOwnRegion() {
        RegionRepository regions = new RegionRepository(database);
        record Choices(List<Region> all, Optional<Region> own) {
        }
        run(Messages.get("exchange.busy.reading"), () -> new Choices(regions.all(), regions.own()), choices ->
                dialogs.chooseRegion(Messages.get("exchange.own.title"), Messages.get("exchange.own.text"),
                                choices.all(), choices.own())
                        .ifPresent(region -> run(Messages.get("exchange.busy.saving"),
                                () -> regions.setOwn(region.code(), RegionWording::ownRegion), chosen -> {
                                    planChanged.run();
                                    dialogs.notify(Messages.get("exchange.own.title"),
                                            Messages.get("exchange.own.done", chosen.name(), chosen.code()));
                                })));
    }

    /**
     * 数据交换 ▸ 区划列表 ▸ 增加县（市、区）…: a county-level division the list lacks (a district newly set up, a
     * development zone with an office of its own), its code and name typed; audited.
     */
    public void addRegion() {
        dialogs.typeRegion(Messages.get("exchange.region.add.title"), Messages.get("exchange.region.add.text"),
                        Optional.empty())
                .ifPresent(typed -> runOnRegions(() -> new RegionRepository(database).addCounty(typed.code(),
                        typed.name(), RegionWording::region), added -> Messages.get("exchange.region.added",
                        added.name(), added.code())));
    }

    /** 数据交换 ▸ 区划列表 ▸ 区划改名…: a region chosen, then its new name typed (its code stays); audited. */
    public void renameRegion() {
        RegionRepository regions = new RegionRepository(database);
        run(Messages.get("exchange.busy.reading"), regions::all, all -> dialogs.chooseRegion(
                        Messages.get("exchange.region.rename.title"), Messages.get("exchange.region.rename.choose"),
                        all, Optional.empty())
                .flatMap(region -> dialogs.typeRegion(Messages.get("exchange.region.rename.title"),
                        Messages.get("exchange.region.rename.text", region.name(), region.code()), Optional.of(region)))
                .ifPresent(typed -> runOnRegions(() -> regions.rename(typed.code(), typed.name(),
                        RegionWording::region), renamed -> Messages.get("exchange.region.renamed", renamed.code(),
                        renamed.name()))));
    }

    /**
     * 数据交换 ▸ 区划列表 ▸ 删除区划…: a county-level region added by mistake, chosen and confirmed; one that anything
     * belongs to (a plan, a unit, a key or file from it) is refused saying what; audited.
     */
    public void removeRegion() {
        RegionRepository regions = new RegionRepository(database);
        record Choices(List<Region> counties) {
        }
        run(Messages.get("exchange.busy.reading"), () -> {
            Optional<Region> own = regions.own();
            return new Choices(regions.all().stream().filter(r -> r.kind() == RegionKind.COUNTY)
                    .filter(r -> own.map(o -> !o.id().equals(r.id())).orElse(true)).toList());
        }, choices -> dialogs.chooseRegion(Messages.get("exchange.region.remove.title"),
                        Messages.get("exchange.region.remove.choose"), choices.counties(), Optional.empty())
                .filter(region -> dialogs.confirm(Messages.get("exchange.region.remove.title"),
                        Messages.get("exchange.region.remove.confirm", region.name(), region.code()),
                        Messages.get("exchange.region.remove.ok")))
                .ifPresent(region -> runOnRegions(() -> regions.remove(region.code(), RegionWording::region),
                        removed -> Messages.get("exchange.region.removed", removed.name(), removed.code()))));
    }

    /** A change of the region list: stored in the background, the navigator's list read again, the user told. */
    private void runOnRegions(Callable<Region> change, java.util.function.Function<Region, String> said) {
        busyText.set(Messages.get("exchange.busy.saving"));
        executor.execute(BackgroundTask.of(change)
                .onSuccess(region -> {
                    busyText.set("");
                    planChanged.run();
                    dialogs.notify(Messages.get("exchange.region.title"), said.apply(region));
                })
                .onFailure(failure -> failed(Messages.get("exchange.region.failed"), failure)));
    }

    /**
     * 数据交换 ▸ 按全国区划设定本单位…: this office's city or county found in the country's list. Another city's
     * replaces the region list (its counties come with it), after the user confirms, while nothing belongs to the
     * list yet; the store refuses it otherwise, saying why.
     */
    public void setUpRegion() {
        RegionRepository regions = new RegionRepository(database);
        record Current(Divisions divisions, List<Region> regions) {
            Optional<Region> city() {
                return regions.stream().filter(r -> r.kind() == RegionKind.CITY).findFirst();
            }
        }
        run(Messages.get("exchange.busy.reading"), () -> new Current(Divisions.bundled(), regions.all()), current ->
                dialogs.chooseDivision(Messages.get("exchange.setup.title"), Messages.get("exchange.setup.text"),
                                current.divisions())
                        .flatMap(current.divisions()::setupFor)
                        .filter(setup -> current.city().map(city -> city.code().equals(setup.city().code()))
                                .orElse(false) || dialogs.confirm(Messages.get("exchange.setup.title"),
                                Messages.get("exchange.setup.replace", current.city().map(Region::name).orElse(""),
                                        setup.city().name(), setup.counties().size(), setup.counties().stream()
                                                .map(RegionSetup.Place::name).collect(Collectors.joining("、")),
                                        setup.own().name()),
                                Messages.get("exchange.setup.replace.ok")))
                        .ifPresent(setup -> run(Messages.get("exchange.busy.saving"),
                                () -> regions.setUp(setup, RegionWording::ownRegion), chosen -> {
                                    planChanged.run();
                                    dialogs.notify(Messages.get("exchange.setup.title"),
                                            Messages.get("exchange.own.done", chosen.name(), chosen.code()));
                                })));
    }

    /**
     * 数据交换 ▸ 生成县区方案…: a county's plan made from the office's own (city) plan — whichever plan is shown —
     * its unit names reviewed first. A county that has a plan is asked about: its plan updated with what the city's
     * plan changed since (its own units and reports kept, every change shown first), or replaced after a backup.
     */
    public void deriveCountyPlan() {
        record Source(CityAndCounties city, Map<UUID, CountyDerivations.Step> steps) {
        }
        run(Messages.get("exchange.busy.reading"), () -> {
            CityAndCounties city = cityAndCounties();
            CountyDerivations derivations = new CountyDerivations(database);
            Map<UUID, CountyDerivations.Step> steps = new java.util.HashMap<>();
            city.counties().forEach(county -> steps.put(county.id(), derivations.stepFor(city.plan(), county,
                    true)));
            return new Source(city, steps);
        }, source -> dialogs.chooseRegion(Messages.get("exchange.derive.title"),
                        Messages.get("exchange.derive.chooseCounty", source.city().plan().plan().name()),
                        source.city().counties(), source.city().counties().stream()
                                .filter(c -> source.steps().get(c.id()) == CountyDerivations.Step.DERIVE).findFirst())
                .ifPresent(county -> {
                    CountyDerivations.Step step = source.steps().get(county.id());
                    if (step == CountyDerivations.Step.DERIVE) {
                        derive(source.city().plan(), source.city().own(), county, false);
                        return;
                    }
                    // a plan the county made itself and sent is not the city's to update, only to replace
                    boolean derived = step == CountyDerivations.Step.UPDATE;
                    dialogs.chooseOne(Messages.get("exchange.derive.title"),
                                    Messages.get(derived ? "exchange.derive.existing" : "exchange.derive.existingOwn",
                                            county.name()), derived ? List.of(true, false) : List.of(false),
                                    update -> Messages.get(update ? "exchange.derive.update"
                                            : "exchange.derive.replace.ok"))
                            .ifPresent(update -> derive(source.city().plan(), source.city().own(), county, update));
                }));
    }

    /** This office (a city), its counties and its own plan, which counties' plans are derived from. */
    private record CityAndCounties(Region own, List<Region> counties, PlanDocument plan) {
    }

    /** {@link CityAndCounties}, read in the background; refused if this office has no counties or no plan. */
    private CityAndCounties cityAndCounties() {
        RegionRepository regions = new RegionRepository(database);
        Region own = regions.own().orElseThrow(() -> new UserFacingException("exchange.error.noOwnRegion"));
        List<Region> counties = own.countiesIn(regions.all());
        if (counties.isEmpty()) {
            throw new UserFacingException("exchange.derive.noCounties", own.name());
        }
        PlanDocument plan = new PlanRepository(database).ownPlan()
                .orElseThrow(() -> new UserFacingException("exchange.derive.noOwnPlan", own.name()));
        return new CityAndCounties(own, counties, plan);
    }

    /**
     * 数据交换 ▸ 为各县区生成或更新方案…: every county's plan made or brought up to date from the office's own (city)
     * plan at once, after it changed — worked out in the background, what each county's plan will get shown for the
     * user to confirm, then applied after one backup. A county whose update needs the user's word (a conflict, a
     * task with reports dropped) is named and left to be updated on its own.
     */
    public void deriveAllCountyPlans() {
        run(Messages.get("exchange.busy.reading"), this::cityAndCounties,
                city -> inspectEach(city.plan(), city.own(), city.counties(), new ArrayList<>()));
    }

    /** The counties of a batch worked out one at a time in the background, the county named meanwhile. */
    private void inspectEach(PlanDocument cityPlan, Region city, List<Region> counties,
                             List<CountyDerivations.Planned> planned) {
        if (planned.size() < counties.size()) {
            Region county = counties.get(planned.size());
            run(Messages.get("exchange.busy.deriveAllOf", county.name(), planned.size() + 1, counties.size()),
                    () -> new CountyDerivations(database).inspect(cityPlan, city, county), one -> {
                        planned.add(one);
                        inspectEach(cityPlan, city, counties, planned);
                    });
            return;
        }
        String lines = String.join("\n", planned.stream().map(ExchangeViewModel::plannedLine).toList());
        String title = Messages.get("exchange.deriveAll.title");
        if (planned.stream().noneMatch(p -> p.step() == CountyDerivations.Step.DERIVE
                || p.step() == CountyDerivations.Step.UPDATE)) {
            dialogs.showInformation(title, Messages.get("exchange.deriveAll.nothing"), lines);
            return;
        }
        if (dialogs.confirm(title, Messages.get("exchange.deriveAll.confirm", cityPlan.plan().name(), lines),
                Messages.get("exchange.deriveAll.ok"))) {
            run(Messages.get("exchange.busy.saving"), () -> new CountyDerivations(database).backUp(planned),
                    backup -> applyEach(cityPlan, planned, new ArrayList<>()));
        }
    }

    /** The counties of a confirmed batch stored one at a time in the background, the county named meanwhile. */
    private void applyEach(PlanDocument cityPlan, List<CountyDerivations.Planned> planned,
                           List<CountyDerivations.Done> done) {
        if (done.size() < planned.size()) {
            CountyDerivations.Planned county = planned.get(done.size());
            run(Messages.get("exchange.busy.deriveAllSaving", county.county().name(), done.size() + 1,
                            planned.size()),
                    () -> new CountyDerivations(database).apply(cityPlan, county), one -> {
                        done.add(one);
                        applyEach(cityPlan, planned, done);
                    });
            return;
        }
        planChanged.run();
        List<String> failed = done.stream().filter(one -> one.failure().isPresent())
                .map(one -> Messages.get("cli.derive.countyRefused", one.county().name(), one.failure().get()))
                .toList();
        long applied = done.stream().filter(one -> one.failure().isEmpty()
                && (one.step() == CountyDerivations.Step.DERIVE || one.step() == CountyDerivations.Step.UPDATE))
                .count();
        String text = Messages.get("exchange.deriveAll.doneText", applied)
                + (failed.isEmpty() ? "" : "\n\n" + String.join("\n", failed));
        if (!failed.isEmpty()) {
            dialogs.showError(Messages.get("exchange.deriveAll.title"), text);
        } else if (dialogs.confirm(Messages.get("exchange.deriveAll.title"),
                text + "\n\n" + Messages.get("exchange.deriveAll.exportNow"),
                Messages.get("menu.exchange.exportAll"))) {
            // the next step is sending them: the files for every county at once
            exportToAll();
        }
    }

    /** One county of a batch, as the confirmation lists it: 富裕县：按市级方案更新（条目：修改 1…）. */
    private static String plannedLine(CountyDerivations.Planned planned) {
        String county = planned.county().name();
        return switch (planned.step()) {
            case DERIVE -> Messages.get("exchange.deriveAll.derive", county);
            case UPDATE -> Messages.get("exchange.deriveAll.update", county,
                    String.join("；", planned.preview().orElseThrow().merge().summary()))
                    + (planned.named().isEmpty() ? "" : Messages.get("exchange.deriveAll.named",
                    String.join("、", planned.named().entrySet().stream()
                            .map(name -> Messages.get("cli.derive.mapping", name.getKey(), name.getValue()))
                            .toList())));
            case UNCHANGED -> Messages.get("exchange.deriveAll.unchanged", county);
            case PASSED_OVER, OWN_PLAN -> Messages.get("exchange.deriveAll.ownPlan", county);
            case CONFLICTS -> Messages.get("exchange.deriveAll.conflicts", county,
                    planned.preview().orElseThrow().merge().conflicts().size());
            case REPORTED_GONE -> Messages.get("exchange.deriveAll.reportedGone", county,
                    String.join("、", planned.preview().orElseThrow().reportedGone()));
        };
    }

    /** @param update the county's plan updated from the city's rather than made anew (it has one) */
    private void derive(PlanDocument cityPlan, Region city, Region county, boolean update) {
        record Existing(Optional<PlanDocument> plan, Map<String, String> names) {
        }
        run(Messages.get("exchange.busy.reading"), () -> {
            PlanRepository plans = new PlanRepository(database);
            Optional<PlanDocument> existing = plans.regionPlanDuring(county.id(), cityPlan.plan().period())
                    .flatMap(plans::find);
            return new Existing(existing, existing.map(plan -> plans.derivedUnitNames(plan.plan().id()))
                    .orElse(Map.of()));
        }, existing -> dialogs.reviewUnitNames(county, PlanDerivation.suggestedUnitNames(cityPlan, city, county,
                existing.names())).ifPresent(reviewed -> {
            if (update && existing.plan().isPresent()) {
                reviewUpdate(cityPlan, county, existing.plan().get(),
                        PlanDerivation.derive(cityPlan, city, county, reviewed), reviewed);
                return;
            }
            run(Messages.get("exchange.busy.deriving", county.name()), () -> {
                PlanDocument derived = PlanDerivation.derive(cityPlan, city, county, reviewed);
                // the county's plan replaced goes with its rounds, reports and exchange history: a backup first
                existing.plan().ifPresent(plan -> Backups.beforeImport(database));
                return PlanDerivation.store(new PlanRepository(database), cityPlan, derived, reviewed);
            }, stored -> {
                planChanged.run();
                dialogs.notify(Messages.get("exchange.derive.title"),
                        Messages.get("exchange.derive.done", county.name()));
            });
        }));
    }

    /**
     * The county's plan updated from the city's plan as it is now: every change shown for review (conflicts chosen
     * there), tasks with reports the city's plan dropped confirmed, then applied after a backup.
     */
    private void reviewUpdate(PlanDocument cityPlan, Region county, PlanDocument countyPlan, PlanDocument derived,
                              Map<String, String> names) {
        run(Messages.get("exchange.busy.deriving", countyPlan.plan().name()),
                () -> PlanDerivation.update(new Revisions(database), countyPlan, cityPlan, derived, names),
                preview -> {
                    String summary = String.join("\n", preview.merge().summary())
                            + (preview.deadlines().isEmpty() ? "" : "\n" + Messages.get("cli.ledger.deadlines",
                            preview.deadlines().size()))
                            + (preview.earlierKept() ? "" : "\n" + Messages.get("cli.derive.noEarlier"));
                    if (preview.changesNothing()) {
                        dialogs.notify(Messages.get("exchange.derive.title"),
                                Messages.get("exchange.derive.nothingChanged", countyPlan.plan().name()));
                        return;
                    }
                    dialogs.reviewChanges(new ChangeReview(Messages.get("exchange.derive.title"),
                                    Messages.get("exchange.derive.review.header", countyPlan.plan().name(),
                                            cityPlan.plan().name(), county.name()), summary, preview.merge(),
                                    Messages.get("exchange.derive.review.confirm")))
                            .filter(choices -> preview.reportedGone().isEmpty() || dialogs.confirmCarefully(
                                    Messages.get("exchange.derive.title"),
                                    Messages.get("exchange.derive.reportedGone", preview.reportedGone().size(),
                                            String.join("、", preview.reportedGone())),
                                    Messages.get("import.revision.removeReported")))
                            .ifPresent(choices -> run(Messages.get("exchange.busy.saving"), () -> {
                                // refused if the county's plan changed since the review was read
                                Revisions revisions = new Revisions(database);
                                Revisions.Preview chosen = revisions.chosenDerived(preview, derived, choices);
                                // the tasks with reports the user agreed to lose: those of the review, none more
                                return revisions.apply(chosen,
                                        preview.reportedGone().containsAll(chosen.reportedGone()));
                            }, revised -> {
                                planChanged.run();
                                dialogs.notify(Messages.get("exchange.derive.title"),
                                        Messages.get("exchange.derive.updated", countyPlan.plan().name()));
                            }));
                });
    }

    /** 数据交换 ▸ 导出交换文件…: to a county (from the city) or to the city (from a county). */
    public void exportFile() {
        record Parties(Region own, List<Region> recipients, Optional<org.kesudesk.model.PlanPeriod> period) {
        }
        Optional<UUID> shown = shownPlan.get();
        // only those a file can be made for: a county with its plan (for the city), the city if the county has its
        // own plan (for a county); the others are not offered, to fail only after a file name was asked
        run(Messages.get("exchange.busy.reading"), () -> new RegionRepository(database).own().map(own ->
                new Parties(own, new PlanExchange(database).recipients(), periodOf(shown))),
                parties -> parties.ifPresent(p -> {
            if (p.recipients().isEmpty()) {
                nothingToExport(p.own());
                return;
            }
            dialogs.chooseRegion(Messages.get("exchange.export.title"),
                    Messages.get("exchange.export.chooseRecipient", p.own().name()), p.recipients(),
                    Optional.empty()).ifPresent(recipient -> export(p.own(), recipient, p.period()));
        }));
    }

    private void nothingToExport(Region own) {
        dialogs.showInformation(Messages.get("exchange.export.title"), Messages.get("exchange.export.nothing"),
                Messages.get(own.kind() == RegionKind.CITY ? "exchange.export.nothing.city"
                        : "exchange.export.nothing.county"));
    }

    /**
     * 数据交换 ▸ 导出给各县区…: the city's file for each county with a plan, into one folder (after the plans changed,
     * 16 files rather than 16 rounds of choosing), each county named as it is written; a file that cannot be
     * written is named at the end and the others written.
     */
    public void exportToAll() {
        run(Messages.get("exchange.busy.reading"), () -> new RegionRepository(database).own().map(own ->
                Map.entry(own, new PlanExchange(database).recipients())), parties -> parties.ifPresent(p -> {
            if (p.getValue().isEmpty()) {
                nothingToExport(p.getKey());
                return;
            }
            exportInto(p.getKey(), p.getValue());
        }));
    }

    /** The files for these offices, into a folder of this day's files in the one the user chooses. */
    private void exportInto(Region own, List<Region> recipients) {
        Optional<UUID> shown = shownPlan.get();
        dialogs.chooseFolder(Messages.get("exchange.exportAll.title")).ifPresent(chosen -> {
            Path folder = chosen.resolve(org.kesudesk.files.FileNames.safe(Messages.get(
                    "exchange.exportAll.folder", own.name(), LocalDate.now().toString())));
            exportEach(folder, recipients, shown, new ArrayList<>());
        });
    }

    /**
     * The years of the plan shown: a file carries the plans of those years (the county's report on its plan for
     * 2021–2025 still goes after its plan for 2026–2030 has come); none shown, the plans for this year.
     */
    private Optional<org.kesudesk.model.PlanPeriod> periodOf(Optional<UUID> shown) {
        return shown.flatMap(id -> new PlanRepository(database).list().stream()
                .filter(plan -> plan.id().equals(id)).findFirst()).flatMap(org.kesudesk.model.PlanSummary::period);
    }

    /**
     * After an import that brought counties' 佐证材料: offers to write those counties their files now, which carry
     * the receipt for them (else their next files carry the same material again; decision 0030).
     */
    private void offerReceipts(List<Region> counties) {
        if (counties.isEmpty()) {
            return;
        }
        String names = String.join("、", counties.stream().map(Region::name).toList());
        if (dialogs.confirm(Messages.get("exchange.import.title"), Messages.get("exchange.outcome.receiptDue", names),
                Messages.get("exchange.receipt.send"))) {
            run(Messages.get("exchange.busy.reading"), () -> new RegionRepository(database).own(),
                    own -> own.ifPresent(office -> exportInto(office, counties)));
        }
    }

    /** The files of {@link #exportToAll}: the next one written in the background, the county named meanwhile. */
    private void exportEach(Path folder, List<Region> recipients, Optional<UUID> shown,
                            List<PlanExchange.BatchExport> written) {
        if (written.size() == recipients.size()) {
            exportedAll(folder, written);
            return;
        }
        Region recipient = recipients.get(written.size());
        run(Messages.get("exchange.busy.exportingOf", recipient.name(), written.size() + 1, recipients.size()),
                () -> new PlanExchange(database).exportInto(folder, recipient, periodOf(shown)), one -> {
                    written.add(one);
                    exportEach(folder, recipients, shown, written);
                });
    }

    private void exportedAll(Path folder, List<PlanExchange.BatchExport> written) {
        if (written.stream().anyMatch(one -> one.exported().isPresent())) {
            filesSent.run();
        }
        List<String> failed = written.stream().filter(one -> one.exported().isEmpty())
                .map(one -> Messages.get("cli.exchange.exportFailed", one.recipient().name(),
                        one.failure().orElse(""))).toList();
        String names = String.join("、", written.stream().filter(one -> one.exported().isPresent())
                .map(one -> one.recipient().name()).toList());
        List<String> files = written.stream().flatMap(one -> one.exported().stream())
                .filter(one -> !one.filesSummary().isEmpty())
                .map(one -> one.recipient().name() + "：" + String.join("", one.filesSummary().stream()
                        .map(String::strip).toList())).toList();
        String text = Messages.get("exchange.exportAll.doneText", folder.toAbsolutePath(),
                written.size() - failed.size(), names) + (files.isEmpty() ? "" : "\n" + String.join("\n", files))
                + (failed.isEmpty() ? "" : "\n\n" + String.join("\n", failed));
        if (failed.size() == written.size()) {
            dialogs.showError(Messages.get("exchange.exportAll.title"), text);
        } else {
            dialogs.showSaved(Messages.get("exchange.exportAll.title"),
                    Messages.get("exchange.exportAll.done", written.size() - failed.size()), text, folder);
        }
    }

    /** One file, of the plans of the years of the plan shown ({@link #periodOf}). */
    private void export(Region own, Region recipient, Optional<org.kesudesk.model.PlanPeriod> period) {
        dialogs.chooseSaveFile(Messages.get("exchange.export.title"), PlanExchange.fileName(own, recipient, period,
                LocalDate.now()), "kesu").ifPresent(file ->
                run(Messages.get("exchange.busy.exporting", recipient.name()),
                        () -> new PlanExchange(database).export(recipient.code(), file, period),
                        exported -> {
                            filesSent.run();
                            dialogs.showSaved(Messages.get("exchange.export.title"),
                                    Messages.get("exchange.export.done", recipient.name()),
                                    Messages.get("exchange.export.doneText", file.toAbsolutePath(),
                                            exported.planTitle(), exported.tasks())
                                            + exported.filesSummary().stream().map(line -> "\n" + line.strip())
                                            .collect(java.util.stream.Collectors.joining()), file);
                        }));
    }

    /**
     * 数据交换 ▸ 导入交换文件…: one file or several (the counties' files at once), each checked, previewed and (if
     * the user agrees) applied in turn; the database is backed up once, before the first change. At the end, what
     * became of each file.
     */
    public void importFile() {
        importFiles(dialogs.chooseFilesToOpen(Messages.get("exchange.choose.title"), "kesu"));
    }

    /** Tells who wants to know (the plan navigator's 未发送 / 已发送) that exchange files were written. */
    public void onFilesSent(Runnable listener) {
        filesSent = listener;
    }

    /** Tells who wants to know (the recent-files list) which exchange files were opened and could be read. */
    public void onFilesOpened(java.util.function.Consumer<List<Path>> listener) {
        filesOpened = listener;
    }

    /**
     * Imports these exchange files one after another, each through its preview (a file opened from outside), with
     * the command line's driver ({@link PlanExchange#importAll}): it runs on a thread of its own and waits for the
     * user's answers, the next file checked while the user reads a preview; each file is written in turn with the
     * edits, on their thread.
     */
    public void importFiles(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        PlanExchange exchange = new PlanExchange(database);
        busyText.set(checking(files, 0));
        executor.executeAsking(BackgroundTask.of(() -> {
                    List<Outcome> outcomes = new ArrayList<>();
                    try {
                        exchange.importAll(files, false, new AskingTheUser(exchange), (file, applying) -> {
                            onUi(() -> busyText.set(Messages.get("exchange.busy.importing", file.getFileName())));
                            return executor.callInTurn(applying);
                        }, outcome -> {
                            outcomes.add(outcomeOf(outcome));
                            onUi(() -> busyText.set(outcomes.size() < files.size()
                                    ? checking(files, outcomes.size()) : ""));
                        });
                    } finally {
                        // a backup made for a preview the user cancelled is deleted (waiting for it)
                        exchange.close();
                    }
                    return outcomes;
                })
                .onSuccess(outcomes -> {
                    busyText.set("");
                    importsDone(files, outcomes);
                })
                .onFailure(failure -> {
                    busyText.set("");
                    planChanged.run();
                    dialogs.showError(Messages.get("exchange.import.failed"),
                            FailureMessages.of(Messages.get("exchange.import.failed"), failure));
                }));
    }

    private static String checking(List<Path> files, int index) {
        return Messages.get("exchange.busy.checking", files.get(index).getFileName())
                + (files.size() > 1 ? Messages.get("exchange.busy.ofFiles", index + 1, files.size()) : "");
    }

    /** Runs a step of the batch's on the UI thread (the batch runs apart), waiting for it. */
    private void onUi(Runnable step) {
        executor.onUiThread(() -> {
            step.run();
            return null;
        });
    }

    /** The user's answers to what the batch asks, each asked on the UI thread while the batch waits. */
    private final class AskingTheUser implements PlanExchange.Decision {
        private final PlanExchange exchange;

        AskingTheUser(PlanExchange exchange) {
            this.exchange = exchange;
        }

        @Override
        public Optional<PlanExchange.Preview> decide(PlanExchange.Preview preview) {
            // the backup is made while the user reads the preview
            exchange.prepareBackupFor(preview);
            return executor.onUiThread(() -> {
                busyText.set("");
                // 最近打开 lists the files that could be read and checked, not those refused
                filesOpened.accept(List.of(preview.file()));
                return reviewed(preview);
            });
        }

        @Override
        public boolean trustKey(ExchangeFile.UnknownSenderKeyException unknown) {
            return executor.onUiThread(() -> {
                busyText.set("");
                return dialogs.confirmCarefully(Messages.get("exchange.key.title"), Messages.get("exchange.key.unknown",
                        unknown.senderName(), unknown.senderCode(), unknown.fingerprint()),
                        Messages.get("exchange.key.accept"));
            });
        }
    }

    /** The preview as the user settled it, or empty if the user cancelled. */
    private Optional<PlanExchange.Preview> reviewed(PlanExchange.Preview preview) {
        Optional<Map<UUID, PlanMerge.Choice>> choices = dialogs.reviewChanges(review(preview));
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        PlanExchange.Preview chosen = preview.choose(choices.get());
        // the tasks with reports here that the file drops go only when the user says so
        if (!chosen.reportedGone().isEmpty() && !dialogs.confirmCarefully(Messages.get("exchange.import.title"),
                Messages.get("exchange.import.reportedGone", chosen.sender().name(),
                        chosen.reportedGone().size(), String.join("、", chosen.reportedGone())),
                Messages.get("import.revision.removeReported"))) {
            return Optional.empty();
        }
        return Optional.of(chosen.confirmRemoval());
    }

    /** What the user is told of one file of the batch. */
    private static Outcome outcomeOf(PlanExchange.Outcome outcome) {
        Path file = outcome.file();
        if (outcome.imported().isPresent()) {
            PlanExchange.Imported imported = outcome.imported().get();
            return new Outcome(false, false, Messages.get("exchange.outcome.imported", file.getFileName(),
                    imported.applied().inserted(), imported.applied().updated(), imported.applied().deleted())
                    + imported.doneAlongside().stream().map(line -> "\n" + line).collect(Collectors.joining())
                    + imported.backup().map(b -> "\n" + Messages.get("cli.exchange.backup", b)).orElse(""),
                    imported.receiptDue() ? Optional.of(imported.preview().sender()) : Optional.empty());
        }
        if (outcome.failure().isEmpty()) {
            return new Outcome(false, true, Messages.get("exchange.outcome.cancelled", file.getFileName()));
        }
        if (outcome.failure().get() instanceof ExchangeFile.UnknownSenderKeyException) {
            return new Outcome(false, true, Messages.get("exchange.outcome.keyRefused", file.getFileName()));
        }
        if (outcome.failure().get() instanceof PlanExchange.RegionNotSetUpException notSetUp) {
            return new Outcome(true, false, failedOutcome(file, notSetUp).text(), Optional.empty(),
                    Optional.of(notSetUp.setup()));
        }
        return failedOutcome(file, outcome.failure().get());
    }

    /** At the end of a batch: the plan shown again, what became of each file, and the receipts due offered. */
    private void importsDone(List<Path> files, List<Outcome> outcomes) {
        planChanged.run();
        String text = String.join("\n", outcomes.stream().map(Outcome::text).toList());
        Optional<RegionSetup> setUpFirst = files.size() == 1 ? outcomes.get(0).setUpFirst() : Optional.empty();
        if (setUpFirst.isPresent()) {
            // a county office of another city, its first file from its city: its region list set up, then imported
            RegionSetup setup = setUpFirst.get();
            if (dialogs.confirm(Messages.get("exchange.setup.title"), Messages.get("exchange.setup.forFile",
                            setup.own().name(), setup.city().name(), setup.counties().size()),
                    Messages.get("import.setup.ok", setup.own().name()))) {
                run(Messages.get("exchange.busy.saving"), () -> new RegionRepository(database).setUp(setup,
                        RegionWording::ownRegion), chosen -> importFiles(files));
                return;
            }
        }
        if (files.size() > 1) {
            dialogs.showInformation(Messages.get("exchange.import.title"),
                    Messages.get("exchange.import.summary", files.size()), text);
        } else if (outcomes.get(0).failed()) {
            dialogs.showError(Messages.get("exchange.import.failed"), text);
        } else if (!outcomes.get(0).cancelled()) {
            dialogs.showInformation(Messages.get("exchange.import.title"), Messages.get("exchange.import.done"),
                    text);
        }
        offerReceipts(outcomes.stream().flatMap(outcome -> outcome.receiptDueFrom().stream()).distinct().toList());
    }

    /**
     * What became of one file of an import.
     *
     * @param receiptDueFrom the county whose 佐证材料 the file brought: it should have a file back with the receipt
     * @param setUpFirst     the region list the file's recipient belongs to, when this office's is still the default
     */
    private record Outcome(boolean failed, boolean cancelled, String text, Optional<Region> receiptDueFrom,
                           Optional<RegionSetup> setUpFirst) {
        Outcome(boolean failed, boolean cancelled, String text, Optional<Region> receiptDueFrom) {
            this(failed, cancelled, text, receiptDueFrom, Optional.empty());
        }

        Outcome(boolean failed, boolean cancelled, String text) {
            this(failed, cancelled, text, Optional.empty());
        }
    }

    private static Outcome failedOutcome(Path file, Exception failure) {
        return new Outcome(true, false, Messages.get("exchange.outcome.failed", file.getFileName(),
                FailureMessages.of(Messages.get("exchange.import.failed"), failure)));
    }

    /** After an import: the plan shown again, and what was written (and where the backup is). */
    private void imported(String title, ExchangeRepository.Applied applied, Optional<Path> backup) {
        planChanged.run();
        dialogs.showInformation(title, Messages.get("cli.exchange.imported", applied.inserted(), applied.updated(),
                applied.deleted()), backup.map(file -> Messages.get("cli.exchange.backup", file)).orElse(""));
    }

    /** 数据交换 ▸ 导出台账（Excel）…: the shown plan's 任务分工表 to fill in. */
    public void exportLedger() {
        Optional<UUID> shown = shownPlan.get();
        run(Messages.get("exchange.busy.reading"), () -> shown.flatMap(new PlanRepository(database)::find), current ->
                current.ifPresent(plan -> dialogs.chooseSaveFile(Messages.get("ledger.export.title"),
                                Messages.get("ledger.export.fileName", plan.plan().name()), "xlsx")
                        .ifPresent(file -> run(Messages.get("ledger.busy.exporting"),
                                () -> new Ledgers(database).export(plan, file),
                                tasks -> dialogs.showSaved(Messages.get("ledger.export.title"),
                                        Messages.get("cli.ledger.exported", file.toAbsolutePath(), tasks), "",
                                        file)))));
    }

    /** 数据交换 ▸ 导入台账（Excel）…: a filled-in ledger, previewed, then applied. */
    public void importLedger() {
        dialogs.chooseFileToOpen(Messages.get("ledger.import.title"), "xlsx").ifPresent(this::importLedger);
    }

    /** A filled-in ledger (dropped on the window, say), as {@link #importLedger()} imports the one chosen. */
    public void importLedger(Path file) {
        run(Messages.get("exchange.busy.checking", file.getFileName()), () -> new Ledgers(database).inspect(file),
                preview -> dialogs.reviewChanges(new ChangeReview(Messages.get("ledger.import.title"),
                                Messages.get("ledger.import.header", file.getFileName(), preview.current().plan().name()),
                                ledgerSummary(preview), preview.merge()))
                        // confirming the preview, which lists them, confirms the new units
                        .ifPresent(choices -> run(Messages.get("exchange.busy.importing", file.getFileName()),
                                () -> new Ledgers(database).apply(preview, true), imported -> imported(
                                        Messages.get("ledger.import.title"), imported.applied(),
                                        imported.backup()))));
    }

    /** What the preview of a ledger says above its tables: the changes, and the units it would add. */
    static String ledgerSummary(Ledgers.Preview preview) {
        String summary = String.join("\n", preview.merge().summary())
                + (preview.deadlines().isEmpty() ? "" : "\n" + Messages.get("cli.ledger.deadlines",
                preview.deadlines().size()));
        return preview.newUnits().isEmpty() ? summary : summary + "\n" + Messages.get("ledger.import.newUnits",
                preview.newUnits().size(), String.join("、", preview.newUnits()));
    }

    /** What the preview of an exchange file says above its tables. */
    static ChangeReview review(PlanExchange.Preview preview) {
        StringBuilder text = new StringBuilder(Messages.get("exchange.preview.plan", preview.planRegion().name(),
                preview.tasksInFile()));
        if (preview.newSenderKey()) {
            text.append('\n').append(Messages.get("exchange.preview.newKey", preview.sender().name()));
        }
        preview.adoptedRegion().ifPresent(region -> text.append('\n')
                .append(Messages.get("exchange.preview.adoptRegion", region.name(), region.code())));
        if (preview.importedBefore()) {
            text.append('\n').append(Messages.get("cli.exchange.importedBefore"));
        }
        text.append('\n').append(String.join("\n", preview.merge().summary()));
        preview.progressSummary().forEach(line -> text.append('\n').append(line));
        return new ChangeReview(Messages.get("exchange.preview.title"), Messages.get("exchange.preview.header",
                preview.sender().name(), preview.sender().code(), preview.header().createdAt()
                        .atZoneSameInstant(ZoneId.systemDefault()).format(TIME), preview.senderFingerprint()),
                text.toString(), preview.merge());
    }

    /**
     * 数据交换 ▸ 本单位密钥…: this office's key fingerprint, to read out on the phone to the office that receives its
     * files, and its public key exported to a file for them (what {@code key export} does).
     */
    public void showOwnKey() {
        record OwnKey(Region region, String fingerprint) {
        }
        run(Messages.get("exchange.busy.reading"), () -> {
            Region own = new RegionRepository(database).own()
                    .orElseThrow(() -> new UserFacingException("exchange.error.noOwnRegion"));
            OfficeKeys keys = new OfficeKeys(new KeyRepository(database));
            return new OwnKey(own, OfficeKeys.fingerprint(keys.ownKeyPair().getPublic().getEncoded()));
        }, key -> {
            if (!dialogs.confirm(Messages.get("exchange.ownKey.title"), Messages.get("exchange.ownKey.text", key.region().name(),
                    key.fingerprint()), Messages.get("exchange.ownKey.export"))) {
                return;
            }
            dialogs.chooseSaveFile(Messages.get("exchange.ownKey.title"), Messages.get("exchange.ownKey.fileName",
                    key.region().name()), "key").ifPresent(file -> run(Messages.get("exchange.ownKey.exporting"),
                    () -> new OfficeKeys(new KeyRepository(database)).export(key.region(), file),
                    written -> dialogs.showSaved(Messages.get("exchange.ownKey.title"),
                            Messages.get("exchange.ownKey.exported", written.regionName()),
                            Messages.get("cli.key.exported", file.toAbsolutePath(), written.regionName(),
                                    written.fingerprint()), file)));
        });
    }

    private <T> void run(String busy, Callable<T> work, Consumer<T> done) {
        busyText.set(busy);
        executor.execute(BackgroundTask.of(work)
                .onSuccess(result -> {
                    busyText.set("");
                    done.accept(result);
                })
                .onFailure(failure -> failed(Messages.get("exchange.failed"), failure)));
    }

    private void failed(String title, Exception failure) {
        busyText.set("");
        dialogs.showError(title, FailureMessages.of(title, failure));
    }
}
