package org.kesudesk.documents;

import java.util.List;

import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.base.JRBasePrintPage;

/**
 * Every unit's 责任清单 on sheets of its own: printed on both sides of the paper, as official documents are (GB/T 9704
 * 6.2), the lists of all units are handed out unit by unit — so each starts on the front of a sheet. After a list of
 * an odd number of pages (but the last) comes a blank page, not numbered (7.5). Each list's pages are numbered from
 * 1 (the template); its first page is the one holding its title.
 */
final class UnitListSheets {

    /** The key of a unit list's title in the template. */
    static final String TITLE = "unitTitle";

    private UnitListSheets() {
    }

    /** Puts a blank page after each unit's list of an odd number of pages that another list follows. */
    static void eachOnSheetsOfItsOwn(JasperPrint print) {
        List<JRPrintPage> pages = print.getPages();
        int start = 0;
        for (int page = 1; page <= pages.size(); page++) {
            boolean listStarts = page == pages.size() || holdsTitle(pages.get(page));
            if (listStarts && page < pages.size() && (page - start) % 2 == 1) {
                print.addPage(page, new JRBasePrintPage());
                page++;
            }
            if (listStarts) {
                start = page;
            }
        }
    }

    private static boolean holdsTitle(JRPrintPage page) {
        for (JRPrintElement element : page.getElements()) {
            if (TITLE.equals(element.getKey())) {
                return true;
            }
        }
        return false;
    }
}
