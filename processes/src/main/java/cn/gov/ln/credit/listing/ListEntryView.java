package cn.gov.ln.credit.listing;

import cn.gov.ln.credit.subject.SubjectKind;

/** A list entry with the subject and department named, as the list screens show it. */
public record ListEntryView(ListEntry entry, String subjectName, SubjectKind subjectKind, String subjectIdentifier,
        String departmentName) {
}
