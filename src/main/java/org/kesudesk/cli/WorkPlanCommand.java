package org.kesudesk.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.kesudesk.l10n.Messages;
import org.kesudesk.logic.PlanChoice;
import org.kesudesk.logic.WorkPlans;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.Region;
import org.kesudesk.store.Database;
import org.kesudesk.store.RegionRepository;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code plan workplan --year YYYY [--from REF] [--all-tasks]}: the year's work plan (年度工作要点) made from the office's
 * own plan or the plan named — the tasks still to do that year ({@link WorkPlans#isForYear}), or every task — stored
 * as a plan of its own.
 */
@Command(name = "workplan", mixinStandardHelpOptions = true)
final class WorkPlanCommand implements Callable<Integer> {

    @ParentCommand
    PlanCommand plan;
    @Spec
    CommandSpec spec;
    @Option(names = "--year", paramLabel = "YYYY")
    Integer year;
    @Option(names = "--from", paramLabel = "REF", descriptionKey = "plan.from")
    String from;
    @Option(names = "--all-tasks")
    boolean allTasks;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Database database = plan.top.openDatabase()) {
            PlanDocument source = PlanChoice.open(database, Optional.ofNullable(from));
            int chosenYear = year == null ? WorkPlans.defaultYear(source, LocalDate.now()) : year;
            String regionName = source.plan().regionId().flatMap(id -> new RegionRepository(database).all().stream()
                    .filter(region -> region.id().equals(id)).findFirst()).map(Region::name).orElse("");
            WorkPlans workPlans = new WorkPlans(database);
            Set<UUID> tasks = allTasks ? WorkPlans.allTasks(source) : workPlans.tasksForYear(source, chosenYear);
            PlanDocument made = workPlans.make(source, regionName, chosenYear, tasks);
            int[] count = {0};
            made.forEachNode(node -> {
                if (node.kind().isTask()) {
                    count[0]++;
                }
            });
            out.println(Messages.get("cli.workplan.done", made.plan().name(), count[0],
                    WorkPlans.allTasks(source).size() - tasks.size(), made.plan().id()));
        }
        return 0;
    }
}
