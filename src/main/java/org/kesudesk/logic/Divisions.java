package org.kesudesk.logic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.kesudesk.model.RegionSetup;

/**
 * The divisions of China at county level and above, with their GB/T 2260 codes, as the app carries them (see
 * {@code divisions.tsv}), so that an office of any city or county can set up its region list without typing codes:
 * it names its city or county, and the list becomes that city and its county-level divisions.
 *
 * <p>The codes say the hierarchy: a province ends in 0000, a city in 00, a county in neither. A county's city is the
 * city of its first four digits; where there is none, a municipality (北京市, 重庆市) is the city of its districts and
 * counties, and a county-level city directly under its province (济源市, 仙桃市) stands at the top of a list of its own.
 */
public final class Divisions {

    /** A province, city or county-level division. */
    public record Division(String code, String name) {
        public boolean isProvince() {
            return code.endsWith("0000");
        }

        public boolean isCounty() {
            return !code.endsWith("00");
        }
    }

    private static final Pattern LINE = Pattern.compile("(\\d{6})\t(\\S{2,40})");
    private static final int SEARCH_LIMIT = 60;

    private static final class Bundled {
        static final Divisions INSTANCE = read();
    }

    private final Map<String, Division> byCode;

    private Divisions(Map<String, Division> byCode) {
        this.byCode = byCode;
    }

    /** The list the app carries, read once. */
    public static Divisions bundled() {
        return Bundled.INSTANCE;
    }

    private static Divisions read() {
        try (InputStream in = Divisions.class.getResourceAsStream("divisions.tsv")) {
            if (in == null) {
                throw new IllegalStateException("divisions.tsv is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Division> divisions = new LinkedHashMap<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                var matcher = LINE.matcher(line);
                if (!matcher.matches() || divisions.put(matcher.group(1),
                        new Division(matcher.group(1), matcher.group(2))) != null) {
                    throw new IllegalStateException("divisions.tsv line " + number + " is malformed: " + line);
                }
            }
            return new Divisions(divisions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The division with this code. */
    public Optional<Division> byCode(String code) {
        return Optional.ofNullable(byCode.get(code.strip()));
    }

    /** A province that is a city: its districts and counties belong to it directly. */
    public boolean isMunicipality(Division division) {
        return division.isProvince() && division.name().endsWith("市");
    }

    /** The province a division is in (itself for a province). */
    public Optional<Division> provinceOf(Division division) {
        return byCode(division.code().substring(0, 2) + "0000");
    }

    /**
     * The city a county belongs to: the city of its first four digits, else its municipality; empty for a county
     * directly under a province, and for a city or province.
     */
    public Optional<Division> cityOf(Division division) {
        if (!division.isCounty()) {
            return Optional.empty();
        }
        return byCode(division.code().substring(0, 4) + "00")
                .or(() -> provinceOf(division).filter(this::isMunicipality));
    }

    /** A city's county-level divisions in code order (a municipality's: all of its districts and counties). */
    public List<Division> countiesOf(Division city) {
        return byCode.values().stream().filter(Division::isCounty)
                .filter(county -> cityOf(county).map(c -> c.code().equals(city.code())).orElse(false))
                .toList();
    }

    /** The name with its province and city before it: 黑龙江省齐齐哈尔市富裕县, 北京市朝阳区, 河南省济源市. */
    public String fullName(Division division) {
        StringBuilder name = new StringBuilder();
        provinceOf(division).filter(p -> !p.code().equals(division.code())).ifPresent(p -> name.append(p.name()));
        cityOf(division).filter(c -> !c.isProvince()).ifPresent(c -> name.append(c.name()));
        return name.append(division.name()).toString();
    }

    /**
     * The region list an office of this division sets up: for a city (or municipality), the city and its counties,
     * the office being the city; for a county, its city and the city's counties, the office being the county; for a
     * county directly under its province, that county alone. Empty for a province, which is no office's region here.
     */
    public Optional<RegionSetup> setupFor(Division division) {
        if (division.isProvince() && !isMunicipality(division)) {
            return Optional.empty();
        }
        Division city = division.isCounty() ? cityOf(division).orElse(division) : division;
        List<RegionSetup.Place> counties = city.isCounty() ? List.of()
                : countiesOf(city).stream().map(Divisions::place).toList();
        return Optional.of(new RegionSetup(place(city), counties, division.code()));
    }

    /**
     * The cities and counties a name means: those of that name (富裕县; 朝阳区 is two), or the one of that name with
     * its province and city (黑龙江省齐齐哈尔市富裕县) or its city alone (齐齐哈尔市龙沙区, 北京市朝阳区) before it.
     * Provinces other than the municipalities are left out, as no office's region.
     */
    public List<Division> named(String text) {
        String name = text.strip();
        List<Division> exact = byCode.values().stream().filter(this::canBeOwn)
                .filter(d -> d.name().equals(name)).toList();
        return exact.isEmpty() ? byCode.values().stream().filter(this::canBeOwn)
                .filter(d -> fullName(d).equals(name)
                        || cityOf(d).map(city -> (city.name() + d.name()).equals(name)).orElse(false))
                .toList() : exact;
    }

    /**
     * The cities and counties a typed text may mean, for a list to choose from: a code's first digits, or a part of
     * the full name (大庆, 黑龙江省大庆); whole names first, then those beginning with the text, then by code. At
     * most sixty.
     */
    public List<Division> search(String text) {
        String typed = text.strip();
        if (typed.isEmpty()) {
            return List.of();
        }
        boolean digits = typed.chars().allMatch(c -> c >= '0' && c <= '9');
        List<Division> found = new ArrayList<>();
        for (Division division : byCode.values()) {
            if (canBeOwn(division) && (digits ? division.code().startsWith(typed)
                    : fullName(division).contains(typed))) {
                found.add(division);
            }
        }
        found.sort(Comparator.comparingInt((Division d) -> d.name().equals(typed) ? 0
                : d.name().startsWith(typed) ? 1 : 2));
        return found.size() > SEARCH_LIMIT ? List.copyOf(found.subList(0, SEARCH_LIMIT)) : List.copyOf(found);
    }

    private boolean canBeOwn(Division division) {
        return !division.isProvince() || isMunicipality(division);
    }

    private static RegionSetup.Place place(Division division) {
        return new RegionSetup.Place(division.code(), division.name());
    }
}
