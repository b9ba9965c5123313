package cn.gov.ln.credit.pledgetemplate;

import java.time.Instant;

/** One kind of pledge for one permit matter (or none), whose texts live in versions. */
public record PledgeTemplate(long id, String code, PledgeType pledgeType, String matterCode, String title,
        Instant createdAt, String createdBy) {
}
