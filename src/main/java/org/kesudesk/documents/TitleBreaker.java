package org.kesudesk.documents;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntToDoubleFunction;

import org.kesudesk.text.Words;

/**
 * Breaks a title over lines as GB/T 9704 7.3.1 asks: between words, never inside a name the plan knows (a unit's, a
 * region's, the issuer's) nor inside a number, with the Chinese line-breaking rules, in as few lines as fit, shaped
 * as a trapezoid (each line no longer than the one above) or a diamond (the middle line the longest). Words are
 * {@link Words}'s (a title in traditional characters is broken where the same title in simplified ones would be);
 * line breaks typed into the title (a new line) win over all of this.
 */
final class TitleBreaker {

    /** What follows a number as its unit in a title: dates, measure words, a percentage. */
    private static final String NUMBER_UNITS = "年月日号时个项名万亿元人次所家处座场批期届%‰";

    /** Words of official titles never split (全民科学素质行动规划纲要, 实施方案, 人民政府办公室 …). */
    private static final List<String> TITLE_WORDS = titleWords();

    private final IntToDoubleFunction cells;

    /** @param cells the width of a character (a code point) in the title's character cells */
    TitleBreaker(IntToDoubleFunction cells) {
        this.cells = cells;
    }

    /**
     * The title's lines, each at most {@code lineCells} wide where the words allow.
     *
     * @param names names that are never broken (units, regions, the issuer)
     */
    List<String> lines(String title, double lineCells, Collection<String> names) {
        if (title.contains("\n")) {
            // the clerk's own breaks win; a line of them still too long is broken as any title is (nothing is cut)
            List<String> lines = new ArrayList<>();
            title.lines().map(String::strip).filter(line -> !line.isEmpty())
                    .forEach(line -> lines.addAll(lines(line, lineCells, names)));
            return lines;
        }
        String text = title.strip();
        if (width(text, 0, text.length()) <= lineCells) {
            return List.of(text);
        }
        // a name wider than a line cannot stay whole (梅里斯达斡尔族区全民科学素质工作领导小组办公室): it breaks where
        // its own parts allow (the region's name, the words of official titles, words)
        List<String> whole = names.stream().filter(name -> width(name, 0, name.length()) <= lineCells).toList();
        List<Integer> breaks = new ArrayList<>(allowedBreaks(text, whole));
        int fewest = (int) Math.ceil(width(text, 0, text.length()) / lineCells);
        for (int lines = fewest; lines <= fewest + 2; lines++) {
            Best best = new Best();
            choose(text, breaks, lineCells, lines, 0, new ArrayList<>(), best);
            if (best.breaks != null) {
                List<String> result = new ArrayList<>();
                int from = 0;
                for (int at : best.breaks) {
                    result.add(text.substring(from, at));
                    from = at;
                }
                result.add(text.substring(from));
                return result;
            }
        }
        // no word boundaries that fit (a title of one endless word): the line breaker's rules alone
        return new LineBreaker(cells).lines(text, lineCells, 0);
    }

    /** Offsets where a line may end: between words, outside names and numbers, by the 避头尾 rules. */
    static TreeSet<Integer> allowedBreaks(String title, Collection<String> names) {
        // words and names found in the simplified reading, whose offsets are the title's own
        String text = Words.simplifiedReading(title);
        TreeSet<Integer> words = Words.starts(text);
        // the line breaker's pieces: no break inside a number, before a closing mark or after an opening one
        TreeSet<Integer> pieces = new TreeSet<>();
        int at = 0;
        for (String box : LineBreaker.boxes(text)) {
            at += box.length();
            pieces.add(at);
        }
        words.retainAll(pieces);
        // a number keeps the unit after it (2026年, 1000名, 12.5%): a title's words, not two
        words.removeIf(end -> end > 0 && end < text.length() && Character.isDigit(text.charAt(end - 1))
                && NUMBER_UNITS.indexOf(text.charAt(end)) >= 0);
        List<String> kept = new ArrayList<>(TITLE_WORDS);
        names.forEach(name -> kept.add(Words.simplifiedReading(name)));
        for (String name : kept) {
            if (name.length() < 2) {
                continue;
            }
            for (int from = text.indexOf(name); from >= 0; from = text.indexOf(name, from + 1)) {
                words.subSet(from + 1, from + name.length()).clear();
            }
        }
        return words;
    }

    private static List<String> titleWords() {
        try (java.io.InputStream in = TitleBreaker.class.getResourceAsStream("title-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("title-words.txt is missing from the app");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final class Best {
        List<Integer> breaks;
        double cost = Double.MAX_VALUE;
    }

    private void choose(String text, List<Integer> breaks, double lineCells, int lines, int from,
                        List<Integer> chosen, Best best) {
        if (chosen.size() == lines - 1) {
            if (width(text, from, text.length()) <= lineCells) {
                List<Double> widths = widths(text, chosen);
                double cost = cost(text, chosen, widths);
                if (cost < best.cost) {
                    best.cost = cost;
                    best.breaks = List.copyOf(chosen);
                }
            }
            return;
        }
        for (int at : breaks) {
            if (at <= from) {
                continue;
            }
            if (width(text, from, at) > lineCells) {
                break;
            }
            chosen.add(at);
            choose(text, breaks, lineCells, lines, at, chosen, best);
            chosen.remove(chosen.size() - 1);
        }
    }

    private List<Double> widths(String text, List<Integer> breaks) {
        List<Double> widths = new ArrayList<>();
        int from = 0;
        for (int at : breaks) {
            widths.add(width(text, from, at));
            from = at;
        }
        widths.add(width(text, from, text.length()));
        return widths;
    }

    /**
     * Lower is better: a trapezoid or a diamond, lines close in length; a break after 关于 (the issuer's part of
     * the title ends there) is what offices do.
     */
    private static double cost(String text, List<Integer> breaks, List<Double> widths) {
        double cost = 0;
        boolean trapezoid = true;
        for (int i = 1; i < widths.size(); i++) {
            trapezoid &= widths.get(i) <= widths.get(i - 1) + 0.01;
        }
        int longest = 0;
        for (int i = 1; i < widths.size(); i++) {
            if (widths.get(i) > widths.get(longest)) {
                longest = i;
            }
        }
        boolean diamond = widths.size() >= 3 && longest > 0 && longest < widths.size() - 1;
        for (int i = 1; diamond && i <= longest; i++) {
            diamond = widths.get(i) >= widths.get(i - 1) - 0.01;
        }
        for (int i = longest + 1; diamond && i < widths.size(); i++) {
            diamond = widths.get(i) <= widths.get(i - 1) + 0.01;
        }
        if (!trapezoid && !diamond) {
            cost += 100;
        }
        double mean = widths.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        for (double width : widths) {
            cost += (width - mean) * (width - mean);
        }
        for (int at : breaks) {
            if (text.startsWith("关于", at - 2)) {
                cost -= 20;
            }
            if (text.startsWith("的", at)) {
                cost += 5;
            }
        }
        return cost;
    }

    private double width(String text, int from, int to) {
        double width = 0;
        for (int i = from; i < to; ) {
            int c = text.codePointAt(i);
            width += cells.applyAsDouble(c);
            i += Character.charCount(c);
        }
        return width;
    }
}
