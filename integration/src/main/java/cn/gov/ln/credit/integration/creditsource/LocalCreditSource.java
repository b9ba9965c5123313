package cn.gov.ln.credit.integration.creditsource;

import cn.gov.ln.credit.creditcheck.CreditFacts;
import cn.gov.ln.credit.creditcheck.CreditSource;
import cn.gov.ln.credit.creditcheck.CreditSourceUnavailableException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.DataAccessException;

/**
 * The province's own credit database: subject and grade by the identifier's unique index, list entries in force
 * by the subject's index, open breaches and false pledges counted per subject. Two index lookups and a short
 * range scan per check, whatever the number of subjects and entries.
 */
class LocalCreditSource implements CreditSource {

    static final String NAME = "LOCAL";
    private static final String DISHONESTY = "DISHONESTY";
    private static final String RED = "RED";

    private final LocalCreditMapper mapper;
    private final Clock clock;

    LocalCreditSource(LocalCreditMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CreditFacts lookup(String identifier) {
        try {
            LocalCreditMapper.SubjectRow subject = mapper.findSubject(identifier);
            if (subject == null) {
                return CreditFacts.unknown();
            }
            List<CreditFacts.Hit> hits = mapper.findHits(subject.id(), LocalDate.now(clock)).stream()
                    .map(LocalCreditMapper.HitRow::hit).toList();
            return new CreditFacts(true, subject.name(), subject.grade(),
                    hits.stream().anyMatch(h -> DISHONESTY.equals(h.listType())),
                    hits.stream().anyMatch(h -> RED.equals(h.listType())), subject.openBreaches(),
                    subject.falsePledges(), hits);
        } catch (DataAccessException e) {
            throw new CreditSourceUnavailableException("the local credit database did not answer", e);
        }
    }
}
