package cn.gov.ln.credit.pledgetemplate;

import java.time.Instant;

/** One kind of pledge for one permit matter (or none), for whom it is written, whose texts live in versions. */
public record PledgeTemplate(long id, String code, PledgeType pledgeType, String matterCode, String title,
        TemplateAudience audience, Instant createdAt, String createdBy) {
}
