package cn.gov.ln.credit.inspection;

import cn.gov.ln.credit.inspection.DrawInputs.Candidate;
import cn.gov.ln.credit.inspection.DrawInputs.Inspector;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The draw of 双随机: a pure function of its inputs and seed, so the same inputs and seed always give the same
 * subjects and inspectors. Subjects are drawn per stratum (grade and red list) in a fixed order, each stratum's
 * share by its rate rounded up; inspectors are drawn for each drawn subject in id order from those the avoidance
 * rules leave. Nothing here reads a clock or the database.
 */
public final class InspectionDraw {

    private InspectionDraw() {
    }

    public static DrawResult draw(DrawInputs inputs, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Candidate> sorted = new ArrayList<>(inputs.candidates());
        sorted.sort(Comparator.comparingLong(Candidate::subjectId));
        Map<String, List<Candidate>> strata = new LinkedHashMap<>();
        for (String stratum : InspectionRates.STRATA) {
            strata.put(stratum, new ArrayList<>());
        }
        sorted.forEach(c -> strata.get(c.stratum()).add(c));
        List<Candidate> drawn = new ArrayList<>();
        strata.forEach((stratum, members) -> {
            double rate = inputs.rates().getOrDefault(stratum, 0.0);
            int picks = InspectionRates.picks(members.size(), rate);
            drawn.addAll(pick(members, picks, random));
        });
        drawn.sort(Comparator.comparingLong(Candidate::subjectId));
        List<Inspector> pool = new ArrayList<>(inputs.pool());
        pool.sort(Comparator.comparing(Inspector::username));
        List<DrawResult.Assignment> assignments = new ArrayList<>();
        for (Candidate subject : drawn) {
            List<String> previous = inputs.previousInspectors().getOrDefault(subject.subjectId(), List.of());
            List<Inspector> eligible = pool.stream()
                    .filter(i -> !previous.contains(i.username()))
                    .filter(i -> !inputs.excludeOwnCounty() || !i.divisionCode().equals(subject.divisionCode()))
                    .toList();
            if (eligible.size() < inputs.inspectorsPerSubject()) {
                throw new NoEligibleInspector(subject.subjectId(), eligible.size(), inputs.inspectorsPerSubject());
            }
            List<String> inspectors = pick(eligible, inputs.inspectorsPerSubject(), random).stream()
                    .map(Inspector::username).sorted().toList();
            assignments.add(new DrawResult.Assignment(subject.subjectId(), inspectors));
        }
        return new DrawResult(List.copyOf(assignments));
    }

    /** SHA-256, in hex, of the recorded inputs' text and the seed. */
    public static String digest(String inputsText, long seed) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(inputsText.getBytes(StandardCharsets.UTF_8));
            sha.update(("|seed=" + seed).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A partial Fisher-Yates shuffle: the first {@code count} of a copy, in the order they were picked. */
    private static <T> List<T> pick(List<T> from, int count, SplittableRandom random) {
        List<T> copy = new ArrayList<>(from);
        int n = Math.min(count, copy.size());
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(copy.size() - i);
            T swap = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, swap);
        }
        return List.copyOf(copy.subList(0, n));
    }
}
