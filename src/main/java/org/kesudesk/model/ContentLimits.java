package org.kesudesk.model;

/**
 * The limits on what one plan may hold, however it arrives (a document, an exchange file, a ledger, a backup) or is
 * typed. They come from the schema (no value is cut short or refused by the database) and from sense: the largest
 * real plans hold a few thousand tasks and a few hundred units, so anything far beyond is a mistake or an attack,
 * and refusing it keeps every import to seconds.
 */
public final class ContentLimits {

    /** Nodes (sections, items, tasks, sub-tasks) in one plan. */
    public static final int NODES = 20_000;
    /** Different units one plan names. */
    public static final int UNITS = 2_000;
    /** Units named on one node (the longest real lists name about thirty). */
    public static final int UNITS_PER_NODE = 100;
    /**
     * Units named on all the nodes of a plan together: five a task for a plan of 20,000 nodes (real plans name
     * three to ten a task).
     */
    public static final int ASSIGNMENTS = 100_000;
    /** Characters of a unit's name (市新闻传媒中心 is 7; the longest real ones are about 30). */
    public static final int UNIT_NAME = 64;
    /** Characters of a unit liaison's name (张三 is 2; room for a title after it: 王五（办公室主任）). */
    public static final int PERSON_NAME = 32;
    /** Characters of a liaison's telephone (0452-2412345 转 8012、13945201234 is 28). */
    public static final int PHONE = 40;
    /** Characters of a region's name (梅里斯达斡尔族区 is 8). */
    public static final int REGION_NAME = 50;
    /** Characters of a title: the notice's, the plan's, a section's, an item's, a task's first sentence. */
    public static final int TITLE = 200;
    /** Characters of a short header field: 发文字号, 发文机关, 印发机关. */
    public static final int SHORT_FIELD = 100;
    /** Characters of the notice's 附注, its lines together (（此件公开发布）, a 联系人 and telephone). */
    public static final int ANNOTATION = 200;
    /** Characters of 主送机关 or 抄送机关. */
    public static final int ADDRESS_LIST = 1_000;
    /** Characters of a node's text, the notice's body or the plan's goals. */
    public static final int TEXT = 20_000;
    /** Characters of a node's numeral as written (十二, 12). */
    public static final int LABEL = 8;
    /** Indicators on one node. */
    public static final int INDICATORS_PER_NODE = 100;
    /** Characters of an indicator's wording. */
    public static final int INDICATOR_WORDING = 500;
    /** Characters of what an indicator counts (万人次, %). */
    public static final int MEASURE = 20;
    /**
     * Digits of an indicator's target before and after the decimal point: a percentage or a count needs far
     * fewer, and the database keeps 16 and 4 (no exponent is ever accepted, so no number grows when read).
     */
    public static final int TARGET_INTEGER_DIGITS = 16;
    public static final int TARGET_FRACTION_DIGITS = 4;
    /**
     * An Office file's part (a Word document's text, a workbook's sheet or shared texts), inflated: the plan at the
     * content limits as Word is 29 MB. POI's guard is global to the process, so every reader of Office files from
     * outside sets it to this before reading, whatever was read before.
     */
    public static final long OFFICE_PART_BYTES = 48L * 1024 * 1024;
    /** The least a part may pack to against its inflated size (1 in 100); more is a zip bomb. */
    public static final double OFFICE_MIN_INFLATE_RATIO = 0.01;

    private ContentLimits() {
    }
}
