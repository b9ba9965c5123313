package cn.gov.ln.credit.creditfile;

import cn.gov.ln.credit.grade.GradeRecord;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.subject.SubjectView;
import java.time.LocalDate;
import java.util.List;

/** Everything recorded about one subject (信用档案): identity, grade history and list entries. */
public record CreditFile(SubjectView subject, List<GradeRecord> grades, List<ListEntry> listEntries) {

    public CreditFile {
        grades = List.copyOf(grades);
        listEntries = List.copyOf(listEntries);
    }

    public List<ListEntry> inForceOn(LocalDate day) {
        return listEntries.stream().filter(e -> e.inForceOn(day)).toList();
    }
}
