package cn.gov.ln.credit.creditreport;

import cn.gov.ln.credit.breach.Breach;
import cn.gov.ln.credit.creditcheck.CreditFacts;
import cn.gov.ln.credit.legaldocument.DocumentFields;
import cn.gov.ln.credit.pledge.Pledge;
import cn.gov.ln.credit.pledge.PledgeEvent;
import cn.gov.ln.credit.pledge.PledgeEventType;
import cn.gov.ln.credit.pledge.PledgeStatus;
import cn.gov.ln.credit.pledge.PledgeView;
import cn.gov.ln.credit.repair.RepairApplication;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The wording of each entry of a credit report, one line per entry. Like the report's template, this is the
 * paper's text and so Chinese only; the labels of values come from the message bundle.
 */
final class ReportLines {

    static final String DISPUTED = "「异议处理中」";

    private final PaperLabels labels;

    ReportLines(PaperLabels labels) {
        this.labels = labels;
    }

    /** A list entry in force as the credit source states it: list, reason, basis, period, deciding unit. */
    String listEntry(CreditFacts.Hit hit) {
        List<String> parts = new ArrayList<>();
        if (hit.tier() != null) {
            parts.add("失信程度：" + labels.of("BreachTier", hit.tier()));
        }
        parts.add("认定依据：" + join("，", labels.of("LegalBasisType", hit.basisType()), numbered(hit.basisNumber()),
                hit.basisIssuer(), hit.basisDate() == null ? null : date(hit.basisDate())));
        String from = hit.basisDate() == null ? "" : date(hit.basisDate()) + "起";
        parts.add("有效期：" + from + (hit.expiresOn() == null ? "长期有效" : "至" + date(hit.expiresOn())));
        if (hit.department() != null) {
            parts.add("认定单位：" + hit.department());
        }
        return labels.of("ListType", hit.listType()) + "：" + hit.reason() + "（" + String.join("；", parts) + "）"
                + (hit.underObjection() ? DISPUTED : "");
    }

    /** A breach as recorded: when, what, its state, and the document it rests on once there is one. */
    String breach(Breach breach) {
        List<String> parts = new ArrayList<>();
        parts.add("状态：" + labels.text("breach.status." + breach.status(), breach.status()));
        if (breach.basisType() != null) {
            parts.add("认定依据：" + join("，", labels.of(breach.basisType()), numbered(breach.basisNumber())));
        }
        if (breach.caseNo() != null) {
            parts.add("案号：" + breach.caseNo());
        }
        return DocumentFields.date(breach.raisedAt()) + "记录：" + breach.description() + "（"
                + String.join("；", parts) + "）" + (breach.disputed() ? DISPUTED : "");
    }

    /** A signed pledge: its code, kind, dates and whether it was kept. */
    String pledge(PledgeView view) {
        Pledge pledge = view.pledge();
        String made = join("，", labels.of(pledge.pledgeType()), DocumentFields.date(pledge.pledgeDate()) + "作出",
                pledge.validUntil() == null ? null : "有效期至" + DocumentFields.date(pledge.validUntil()),
                pledge.status() == PledgeStatus.SUPERSEDED ? "已被新的承诺替代" : null);
        return pledge.recordCode() + "《" + view.templateTitle() + "》（" + made + "）：" + fulfilment(view);
    }

    private String fulfilment(PledgeView view) {
        if (view.pledge().fulfillmentStatus() == null) {
            return "履约情况尚未认定";
        }
        PledgeEvent last = view.events().stream()
                .filter(e -> e.eventType() == PledgeEventType.FULFILLMENT_DETERMINED)
                .max(Comparator.comparing(PledgeEvent::occurredAt)).orElse(null);
        String by = last == null ? null : join("，", last.determinationDate() == null ? null
                : DocumentFields.date(last.determinationDate()) + "认定", last.determiningUnit());
        return "履约情况：" + labels.of(view.pledge().fulfillmentStatus()) + (by == null || by.isEmpty() ? ""
                : "（" + by + "）");
    }

    /** A repair applied for or granted, with the listing it is about. */
    String repair(RepairApplication repair, String listingBasis) {
        String decided = repair.decidedAt() == null ? "" : "，" + DocumentFields.date(repair.decidedAt()) + "决定";
        return repair.repairNo() + "：" + DocumentFields.date(repair.submittedAt()) + "申请修复"
                + (listingBasis == null ? "" : listingBasis + "所涉") + "失信信息（"
                + labels.of(repair.status()) + decided + "）";
    }

    /** A document's number as the paper cites it (numbers often open with a bracketed year themselves). */
    private static String numbered(String number) {
        return number == null || number.isBlank() ? null : "文号" + number;
    }

    private static String join(String separator, String... parts) {
        return String.join(separator, java.util.Arrays.stream(parts).filter(Objects::nonNull)
                .filter(p -> !p.isEmpty()).toList());
    }

    /** A date a credit source sent as ISO text, in the paper's manner; as sent when it is not one. */
    private static String date(String iso) {
        if (iso == null) {
            return "";
        }
        try {
            return DocumentFields.date(LocalDate.parse(iso));
        } catch (DateTimeParseException notIso) {
            return iso;
        }
    }
}
