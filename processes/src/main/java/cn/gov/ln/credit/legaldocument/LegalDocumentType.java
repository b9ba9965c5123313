package cn.gov.ln.credit.legaldocument;

/**
 * The papers the platform issues, each with its title, the case it belongs to, the word of its number series
 * (文书字, as in 辽沈市监<b>许</b>〔2026〕123号) and the version of its template in force. A template change is a new
 * version file; papers already issued keep the version they were made from.
 */
public enum LegalDocumentType {
    FILING_ACCEPTED("受理通知书", CaseType.FILING, "受", true, 1),
    FILING_NOT_ACCEPTED("不予受理通知书", CaseType.FILING, "不受", true, 1),
    PAPERS_REQUESTED("补正材料通知书", CaseType.FILING, "补", true, 1),
    PERMIT_GRANTED("准予行政许可决定书", CaseType.FILING, "许", true, 1),
    PERMIT_REFUSED("不予行政许可决定书", CaseType.FILING, "不许", true, 1),
    PERMIT_REVOKED("撤销行政许可决定书", CaseType.FILING, "撤", true, 1),
    BREACH_ADVANCE_NOTICE("失信行为告知书", CaseType.BREACH, "信告", true, 1),
    BREACH_DETERMINATION("失信认定决定书", CaseType.BREACH, "信决", true, 1),
    OBJECTION_REPLY("异议处理答复书", CaseType.OBJECTION, "异", true, 1),
    REPAIR_GRANTED("信用修复决定书", CaseType.REPAIR, "修", true, 1),
    REPAIR_REFUSED("不予信用修复决定书", CaseType.REPAIR, "不修", true, 1),
    PENALTY_CASE_NOTICE("联合惩戒案件通知书", CaseType.PENALTY, "惩", false, 1),
    CREDIT_REPORT("专项信用报告", CaseType.SUBJECT, "信报", true, 1);

    private final String title;
    private final CaseType caseType;
    private final String series;
    private final boolean addressedToSubject;
    private final int templateVersion;

    LegalDocumentType(String title, CaseType caseType, String series, boolean addressedToSubject,
            int templateVersion) {
        this.title = title;
        this.caseType = caseType;
        this.series = series;
        this.addressedToSubject = addressedToSubject;
        this.templateVersion = templateVersion;
    }

    /** The title printed on the paper; papers are Chinese whatever the reader's language. */
    public String title() {
        return title;
    }

    public CaseType caseType() {
        return caseType;
    }

    public String series() {
        return series;
    }

    /** Whether the subject the paper is about is its addressee, and so may read it. */
    public boolean addressedToSubject() {
        return addressedToSubject;
    }

    public int templateVersion() {
        return templateVersion;
    }
}
