package org.kesudesk.exchange;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.kesudesk.l10n.Messages;
import org.kesudesk.logic.progress.CountyTasks;
import org.kesudesk.model.PlanDocument;

/**
 * 各县（市）区任务落实情况表: the city's tasks down, its counties across, each cell a county's standing on the task in its
 * current round (已完成, 推进中、滞后（2/5）, 未报送, —) — the table a city office sends up or lays before a meeting.
 */
public final class CountyTaskLists {

    private CountyTaskLists() {
    }

    /** Writes the table as an .xlsx of the app's style (every cell text), moved into place only when complete. */
    public static void write(PlanDocument city, CountyTasks.Table table, LocalDate day, Path file) {
        List<String> titles = new ArrayList<>(List.of(Messages.get("progress.countyTask.table.place"),
                Messages.get("progress.countyTask.table.task")));
        table.counties().forEach(county -> titles.add(county.name()));
        int[] widths = new int[titles.size()];
        widths[0] = 12;
        widths[1] = 40;
        for (int i = 2; i < widths.length; i++) {
            widths[i] = 12;
        }
        List<String[]> rows = new ArrayList<>();
        for (CountyTasks.TableRow row : table.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.place(), row.task().title()));
            row.standings().forEach(standing -> cells.add(standing.cell()));
            rows.add(cells.toArray(String[]::new));
        }
        // the counties called as they are (县（市、区）, 县（区）…)
        String word = org.kesudesk.model.Region.countiesWord(table.counties());
        OfficeLists.table(Messages.get("progress.countyTask.table.sheet"),
                Messages.get("progress.countyTask.table.title", city.plan().name().strip(),
                        org.kesudesk.model.DocumentDate.of(day), word),
                titles.toArray(String[]::new), widths, rows, Messages.get("progress.countyTask.table.note", word),
                file);
    }
}
