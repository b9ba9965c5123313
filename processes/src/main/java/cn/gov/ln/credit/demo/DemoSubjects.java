package cn.gov.ln.credit.demo;

import cn.gov.ln.credit.department.Department;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.division.Division;
import cn.gov.ln.credit.division.DivisionCodes;
import cn.gov.ln.credit.division.DivisionLevel;
import cn.gov.ln.credit.division.DivisionService;
import cn.gov.ln.credit.grade.CreditGrade;
import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.ListStatus;
import cn.gov.ln.credit.listing.ListType;
import cn.gov.ln.credit.subject.IdentifierStatus;
import cn.gov.ln.credit.subject.SubjectKind;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates credit subjects with valid codes, a realistic spread of grades and listings, in chunks of one
 * transaction each: ten thousand for the demo, millions for benchmarks. A bulk loader, so it writes with
 * JDBC batches rather than through the services.
 */
@Component
public class DemoSubjects {

    static final int CHUNK = 5_000;
    private static final long USCC_MIX = 1_000_003L;
    private static final long PERSON_MIX = 2_654_435_761L;
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1955, 1, 1);
    private static final int BIRTH_DAYS = 18_262;
    private static final String SOURCE = "辽宁省公共信用综合评价";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final DivisionService divisions;
    private final DepartmentService departments;
    private final Clock clock;

    DemoSubjects(JdbcTemplate jdbc, TransactionTemplate transactions, DivisionService divisions,
            DepartmentService departments, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.divisions = divisions;
        this.departments = departments;
        this.clock = clock;
    }

    /** What one generation run added. */
    public record Report(long subjects, long naturalPersons, long gradeRecords, long dishonestyEntries,
            long redEntries) {

        Report plus(Report other) {
            return new Report(subjects + other.subjects, naturalPersons + other.naturalPersons,
                    gradeRecords + other.gradeRecords, dishonestyEntries + other.dishonestyEntries,
                    redEntries + other.redEntries);
        }
    }

    public Report generate(long count, long seed) {
        return generate(count, seed, 0);
    }

    /**
     * As {@link #generate(long, long)}, with {@code historicEntriesPerSubject} expired list entries per subject on
     * average besides the current ones: a list table as it is after years of listings, for benchmarks.
     */
    public Report generate(long count, long seed, double historicEntriesPerSubject) {
        List<Division> counties = divisions.all().stream()
                .filter(d -> d.level() == DivisionLevel.COUNTY).toList();
        Run run = new Run(counties, historicEntriesPerSubject,
                jdbc.queryForObject("SELECT COUNT(*) FROM credit_subject WHERE uscc IS NOT NULL", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM credit_subject WHERE citizen_id IS NOT NULL", Long.class));
        Report total = new Report(0, 0, 0, 0, 0);
        long done = 0;
        while (done < count) {
            int size = (int) Math.min(CHUNK, count - done);
            long chunkSeed = seed * 31 + done;
            total = total.plus(transactions.execute(status -> chunk(size, chunkSeed, run)));
            done += size;
        }
        return total;
    }

    private Report chunk(int size, long seed, Run run) {
        Random random = new Random(seed);
        long maxId = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM credit_subject", Long.class);
        List<Seed> seeds = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Division county = pickCounty(random, run.counties);
            SubjectKind kind = pickKind(random);
            seeds.add(kind == SubjectKind.NATURAL_PERSON
                    ? person(random, county, run.persons++)
                    : organisation(random, kind, county, run.organisations++));
        }
        insertSubjects(seeds);
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("SELECT id, uscc, citizen_id FROM credit_subject WHERE id > ?", rs -> {
            ids.put(rs.getString(2) != null ? rs.getString(2) : rs.getString(3), rs.getLong(1));
        }, maxId);
        long grades = insertGrades(seeds, ids, random);
        long[] listings = insertListings(seeds, ids, random, run);
        return new Report(size, seeds.stream().filter(s -> s.kind == SubjectKind.NATURAL_PERSON).count(), grades,
                listings[0], listings[1]);
    }

    /**
     * What a run keeps from chunk to chunk: the next sequence numbers (counted once: counting per chunk made
     * millions of subjects quadratic) and the departments the listings name (found by a scan of all departments).
     */
    private final class Run {
        final List<Division> counties;
        final double historicEntriesPerSubject;
        long organisations;
        long persons;
        final Map<String, Optional<Department>> departmentsByCode = new HashMap<>();

        Run(List<Division> counties, double historicEntriesPerSubject, long organisations, long persons) {
            this.counties = counties;
            this.historicEntriesPerSubject = historicEntriesPerSubject;
            this.organisations = organisations;
            this.persons = persons;
        }

        Optional<Department> department(String code) {
            return departmentsByCode.computeIfAbsent(code, departments::findByCode);
        }
    }

    /** A fixed subject for a demo account; returns its id. */
    long insertFixed(SubjectKind kind, String name, String identifier, String legalRepresentative,
            String countyCode, CreditGrade grade) {
        Seed seed = new Seed(kind, name, kind.usesUscc() ? identifier : null, kind.usesUscc() ? null : identifier,
                legalRepresentative, countyCode, LocalDate.of(2016, 5, 18), grade);
        insertSubjects(List.of(seed));
        long id = jdbc.queryForObject("SELECT id FROM credit_subject WHERE " + (kind.usesUscc() ? "uscc" : "citizen_id")
                + " = ?", Long.class, identifier);
        insertGrades(List.of(seed), Map.of(identifier, id), new Random(id));
        return id;
    }

    private Seed organisation(Random random, SubjectKind kind, Division county, long sequence) {
        String place = placeName(random, county);
        long mixed = Math.floorMod(sequence * USCC_MIX + 7_777_777L, 852_891_037_441L);
        String name;
        String uscc;
        String representative = DemoNames.person(random);
        switch (kind) {
            case OTHER_ORGANIZATION -> {
                name = DemoNames.organization(random, place);
                uscc = DemoIdentifiers.uscc('5', random.nextBoolean() ? '1' : '2', county.code(), mixed);
            }
            case SOLE_TRADER -> {
                name = DemoNames.soleTrader(random, county.name(), representative);
                uscc = DemoIdentifiers.uscc('9', '2', county.code(), mixed);
            }
            default -> {
                name = DemoNames.enterprise(random, place);
                uscc = DemoIdentifiers.uscc('9', '1', county.code(), mixed);
            }
        }
        LocalDate registered = LocalDate.of(1995, 1, 1).plusDays(random.nextInt(30 * 365));
        return new Seed(kind, name, uscc, null, representative, county.code(), registered, pickGrade(random));
    }

    private Seed person(Random random, Division county, long sequence) {
        long space = 1000L * BIRTH_DAYS;
        long mixed = Math.floorMod(sequence * PERSON_MIX + 12_345L, space);
        LocalDate birth = EARLIEST_BIRTH.plusDays(mixed / 1000);
        String citizenId = DemoIdentifiers.citizenId(county.code(), birth, (int) (mixed % 1000));
        if (sequence >= space) {
            throw new IllegalStateException("too many persons for one county generator: " + sequence);
        }
        return new Seed(SubjectKind.NATURAL_PERSON, DemoNames.person(random), null, citizenId, null, county.code(),
                null, null);
    }

    private void insertSubjects(List<Seed> seeds) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.batchUpdate("INSERT INTO credit_subject (kind, name, uscc, citizen_id, identifier_status, "
                + "legal_representative, division_code, registered_on, current_grade, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", seeds, seeds.size(), (ps, s) -> {
                    ps.setString(1, s.kind.name());
                    ps.setString(2, s.name);
                    ps.setString(3, s.uscc);
                    ps.setString(4, s.citizenId);
                    ps.setString(5, IdentifierStatus.VALID.name());
                    ps.setString(6, s.legalRepresentative);
                    ps.setString(7, s.divisionCode);
                    ps.setDate(8, s.registeredOn == null ? null : Date.valueOf(s.registeredOn));
                    ps.setString(9, s.grade == null ? null : s.grade.name());
                    ps.setTimestamp(10, now);
                });
    }

    private long insertGrades(List<Seed> seeds, Map<String, Long> ids, Random random) {
        LocalDate today = LocalDate.now(clock);
        LocalDate current = LocalDate.of(today.getYear(), 4, 30).isAfter(today)
                ? LocalDate.of(today.getYear() - 1, 4, 30) : LocalDate.of(today.getYear(), 4, 30);
        Timestamp now = Timestamp.from(Instant.now(clock));
        List<Object[]> rows = new ArrayList<>();
        for (Seed seed : seeds) {
            if (seed.grade == null) {
                continue;
            }
            long id = ids.get(seed.identifier());
            if (random.nextInt(3) > 0) {
                CreditGrade earlier = CreditGrade.values()[Math.max(0, Math.min(3,
                        seed.grade.ordinal() + random.nextInt(3) - 1))];
                rows.add(gradeRow(id, earlier, random, current.minusYears(1), now));
            }
            rows.add(gradeRow(id, seed.grade, random, current, now));
        }
        jdbc.batchUpdate("INSERT INTO credit_grade_record (subject_id, grade, score, evaluated_on, valid_until, "
                + "source, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
        return rows.size();
    }

    private static Object[] gradeRow(long subjectId, CreditGrade grade, Random random, LocalDate evaluatedOn,
            Timestamp now) {
        int low = switch (grade) {
            case A -> 900;
            case B -> 750;
            case C -> 600;
            case D -> 400;
        };
        BigDecimal score = BigDecimal.valueOf(low + random.nextInt(low == 400 ? 200 : 150), 1);
        return new Object[] {subjectId, grade.name(), score, Date.valueOf(evaluatedOn),
                Date.valueOf(evaluatedOn.plusYears(1)), SOURCE, now};
    }

    private long[] insertListings(List<Seed> seeds, Map<String, Long> ids, Random random, Run run) {
        LocalDate today = LocalDate.now(clock);
        Timestamp now = Timestamp.from(Instant.now(clock));
        List<Object[]> rows = new ArrayList<>();
        long dishonesty = 0;
        long red = 0;
        for (Seed seed : seeds) {
            int permille = dishonestyPermille(seed);
            long id = ids.get(seed.identifier());
            if (random.nextInt(1000) < permille) {
                rows.add(listingRow(seed, id, dishonestyKind(seed, random), DemoListings.tier(random), random,
                        today.minusDays(20 + random.nextInt(3 * 365)), today, now, run));
                dishonesty++;
            } else if (seed.grade == CreditGrade.A && random.nextInt(100) < 6) {
                rows.add(listingRow(seed, id, DemoNames.pick(random, DemoListings.RED), null, random,
                        today.minusDays(20 + random.nextInt(3 * 365)), today, now, run));
                red++;
            }
            for (int i = historicEntries(random, run.historicEntriesPerSubject); i > 0; i--) {
                rows.add(listingRow(seed, id, dishonestyKind(seed, random), DemoListings.tier(random), random,
                        today.minusDays(6 * 365 + random.nextInt(4 * 365)), today, now, run));
                dishonesty++;
            }
        }
        jdbc.batchUpdate("INSERT INTO list_entry (list_type, subject_id, tier, reason, basis_type, basis_number, "
                + "basis_issuer, basis_date, department_id, division_code, listed_on, publish_until, expires_on, "
                + "status, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        return new long[] {dishonesty, red};
    }

    private static DemoListings.Kind dishonestyKind(Seed seed, Random random) {
        return seed.kind == SubjectKind.NATURAL_PERSON
                ? DemoListings.DISHONESTY.get(0) : DemoNames.pick(random, DemoListings.DISHONESTY);
    }

    /** A whole number of entries whose average over many subjects is {@code perSubject}. */
    private static int historicEntries(Random random, double perSubject) {
        if (perSubject <= 0) {
            return 0;
        }
        int whole = (int) perSubject;
        return whole + (random.nextDouble() < perSubject - whole ? 1 : 0);
    }

    private Object[] listingRow(Seed seed, long subjectId, DemoListings.Kind kind, BreachTier tier, Random random,
            LocalDate basisDate, LocalDate today, Timestamp now, Run run) {
        String cityCode = DivisionCodes.parentOf(seed.divisionCode);
        Division city = divisions.get(cityCode);
        Division county = divisions.get(seed.divisionCode);
        boolean provincial = kind.listType() == ListType.RED;
        Department department = run.department((provincial ? DivisionCodes.PROVINCE : cityCode) + "-"
                + kind.line()).or(() -> run.department(DivisionCodes.PROVINCE + "-" + kind.line()))
                .orElseThrow();
        String number = String.format(kind.numberPattern(), basisDate.getYear(), seed.divisionCode.substring(2),
                1 + random.nextInt(3000), city.name().substring(0, 1));
        LocalDate listedOn = basisDate.plusDays(15 + random.nextInt(20));
        LocalDate publishUntil;
        if (tier == null) {
            publishUntil = basisDate.plusYears(2);
        } else {
            long min = basisDate.plus(tier.minimumPublication()).toEpochDay();
            long max = basisDate.plus(tier.maximumPublication()).toEpochDay();
            publishUntil = LocalDate.ofEpochDay(min + (long) (random.nextDouble() * (max - min)));
        }
        ListStatus status = publishUntil.isBefore(today) ? ListStatus.EXPIRED : ListStatus.ACTIVE;
        if (status == ListStatus.ACTIVE && tier != null && random.nextInt(20) == 0) {
            status = ListStatus.LIFTED;
        }
        return new Object[] {kind.listType().name(), subjectId, tier == null ? null : tier.name(), kind.reason(),
                kind.basisType().name(), number, DemoListings.issuer(kind, city.name(), county.name(),
                        department.name()),
                Date.valueOf(basisDate), department.id(), department.divisionCode(), Date.valueOf(listedOn),
                Date.valueOf(publishUntil), Date.valueOf(publishUntil), status.name(), now, "system"};
    }

    private static int dishonestyPermille(Seed seed) {
        if (seed.kind == SubjectKind.NATURAL_PERSON) {
            return 20;
        }
        if (seed.grade == null) {
            return 30;
        }
        return switch (seed.grade) {
            case D -> 600;
            case C -> 80;
            case B -> 5;
            case A -> 0;
        };
    }

    private static SubjectKind pickKind(Random random) {
        int roll = random.nextInt(100);
        if (roll < 70) {
            return SubjectKind.LEGAL_PERSON;
        }
        if (roll < 78) {
            return SubjectKind.OTHER_ORGANIZATION;
        }
        return roll < 88 ? SubjectKind.SOLE_TRADER : SubjectKind.NATURAL_PERSON;
    }

    private static CreditGrade pickGrade(Random random) {
        int roll = random.nextInt(100);
        if (roll < 30) {
            return CreditGrade.A;
        }
        if (roll < 80) {
            return CreditGrade.B;
        }
        return roll < 95 ? CreditGrade.C : CreditGrade.D;
    }

    /** Shenyang and Dalian hold half the province's businesses; the other cities share the rest. */
    private static Division pickCounty(Random random, List<Division> counties) {
        if (random.nextInt(100) < 50) {
            String city = random.nextBoolean() ? "2101" : "2102";
            List<Division> big = counties.stream().filter(d -> d.code().startsWith(city)).toList();
            return big.get(random.nextInt(big.size()));
        }
        return counties.get(random.nextInt(counties.size()));
    }

    private String placeName(Random random, Division county) {
        if (random.nextInt(10) == 0) {
            return "辽宁";
        }
        Optional<Division> city = Optional.ofNullable(county.parentCode()).map(divisions::get);
        return city.map(c -> c.name().replace("市", "")).orElse("辽宁");
    }

    private record Seed(SubjectKind kind, String name, String uscc, String citizenId, String legalRepresentative,
            String divisionCode, LocalDate registeredOn, CreditGrade grade) {

        String identifier() {
            return uscc != null ? uscc : citizenId;
        }
    }
}
