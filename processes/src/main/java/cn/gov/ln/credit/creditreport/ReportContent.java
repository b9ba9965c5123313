package cn.gov.ln.credit.creditreport;

import cn.gov.ln.credit.breach.Breach;
import cn.gov.ln.credit.breach.BreachQueries;
import cn.gov.ln.credit.creditcheck.CreditCheckService;
import cn.gov.ln.credit.creditcheck.CreditFacts;
import cn.gov.ln.credit.grade.GradeRecord;
import cn.gov.ln.credit.grade.GradeService;
import cn.gov.ln.credit.legaldocument.DocumentFields;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.pledge.PledgeQueries;
import cn.gov.ln.credit.pledge.PledgeStatus;
import cn.gov.ln.credit.pledge.PledgeView;
import cn.gov.ln.credit.repair.RepairApplication;
import cn.gov.ln.credit.repair.RepairService;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.subject.CreditSubject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What a credit report states about its subject, as the template's fields: identity, grade, the list entries in
 * force from the credit check, breaches, pledges and their fulfilment, repairs, and the sources asked. It reads
 * everything the platform holds about the subject, so it runs as the system, after the report's access decision.
 */
@Component
class ReportContent {

    static final String LOCAL_SOURCE = "LOCAL";
    /** The credit sources' names as a paper names them. */
    static final Map<String, String> SOURCE_NAMES = Map.of(LOCAL_SOURCE, "本平台信用信息库",
            "PROVINCIAL_PLATFORM", "辽宁省公共信用信息平台");

    private final GradeService grades;
    private final ListingService listings;
    private final BreachQueries breaches;
    private final PledgeQueries pledges;
    private final RepairService repairs;
    private final PaperLabels labels;
    private final ReportLines lines;

    ReportContent(GradeService grades, ListingService listings, BreachQueries breaches, PledgeQueries pledges,
            RepairService repairs, PaperLabels labels) {
        this.grades = grades;
        this.listings = listings;
        this.breaches = breaches;
        this.pledges = pledges;
        this.repairs = repairs;
        this.labels = labels;
        this.lines = new ReportLines(labels);
    }

    Map<String, String> fields(CreditSubject subject, CreditCheckService.CheckResult check) {
        Map<String, String> fields = new HashMap<>();
        fields.put("subjectName", subject.name());
        fields.put("identifierLabel", subject.kind().usesUscc() ? "统一社会信用代码" : "公民身份号码");
        fields.put("identifier", subject.identifier());
        fields.put("category", labels.of(subject.kind()));
        grade(subject, check.facts(), fields);
        fields.put("listEntries", DocumentFields.lines(check.facts().hits().stream().map(lines::listEntry).toList()));
        fields.put("breaches", DocumentFields.lines(breaches.ofSubject(subject.id()).stream()
                .filter(b -> !Breach.REVOKED.equals(b.status())).map(lines::breach).toList()));
        fields.put("pledges", DocumentFields.lines(signedPledges(subject).stream().map(lines::pledge).toList()));
        fields.put("repairs", DocumentFields.lines(repairLines(subject)));
        fields.put("sources", sources(check.record().source()));
        return fields;
    }

    /** The latest evaluation and its date; natural persons are not graded. */
    private void grade(CreditSubject subject, CreditFacts facts, Map<String, String> fields) {
        if (!subject.kind().usesUscc()) {
            fields.put("grade", "自然人不参与公共信用综合评价");
            fields.put("gradeDate", DocumentFields.NONE);
            return;
        }
        List<GradeRecord> history = grades.history(subject.id());
        if (!history.isEmpty()) {
            fields.put("grade", labels.of(history.get(0).grade()));
            fields.put("gradeDate", DocumentFields.date(history.get(0).evaluatedOn()));
        } else {
            fields.put("grade", facts.grade() == null ? "暂无评价结果" : labels.of("CreditGrade", facts.grade()));
            fields.put("gradeDate", DocumentFields.NONE);
        }
    }

    /** Every pledge the subject signed that still stands or was replaced (not drafts, not withdrawn ones). */
    private List<PledgeView> signedPledges(CreditSubject subject) {
        List<PledgeView> signed = new ArrayList<>();
        List<PledgeView> page;
        int offset = 0;
        do {
            page = pledges.ofSubject(subject.identifier(), new PageRequest(offset, PageRequest.MAX_LIMIT));
            offset += page.size();
            page.stream().filter(p -> p.pledge().recordCode() != null && (p.pledge().status() == PledgeStatus.SIGNED
                    || p.pledge().status() == PledgeStatus.SUPERSEDED)).forEach(signed::add);
        } while (page.size() == PageRequest.MAX_LIMIT);
        return signed;
    }

    /** Repairs granted or under review, each with the document of the listing it is about. */
    private List<String> repairLines(CreditSubject subject) {
        Map<Long, ListEntry> entries = listings.entriesOf(subject.id()).stream()
                .collect(Collectors.toMap(ListEntry::id, Function.identity()));
        return repairs.ofSubject(subject.id()).stream()
                .filter(r -> r.status() != RepairApplication.RepairStatus.REFUSED)
                .map(r -> {
                    ListEntry entry = entries.get(r.listEntryId());
                    return lines.repair(r, entry == null ? null : entry.basisNumber());
                }).toList();
    }

    /** The source the check asked, and this platform's own records, which the breaches, pledges and repairs are. */
    static String sources(String checked) {
        Set<String> names = new LinkedHashSet<>();
        names.add(SOURCE_NAMES.getOrDefault(checked, checked));
        names.add(SOURCE_NAMES.get(LOCAL_SOURCE));
        return String.join("、", names);
    }
}
