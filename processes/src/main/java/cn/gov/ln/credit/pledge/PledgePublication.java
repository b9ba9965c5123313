package cn.gov.ln.credit.pledge;

import cn.gov.ln.credit.forms.FormSchema;
import cn.gov.ln.credit.matter.MatterService;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.pledgetemplate.PledgeTemplateService;
import cn.gov.ln.credit.printing.VerificationCodes;
import cn.gov.ln.credit.shared.Like;
import cn.gov.ln.credit.shared.Masking;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.StoredJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What anyone may see without signing in: public pledges of organisations (never a natural person's), and the
 * authenticity check of a pledge letter by its record code and verification code (or, for older letters, hash).
 */
@Service
public class PledgePublication {

    private final PledgeMapper mapper;
    private final PledgeRegistry registry;
    private final MatterService matters;
    private final PledgeTemplateService templates;
    private final StoredJson json;

    PledgePublication(PledgeMapper mapper, PledgeRegistry registry, MatterService matters,
            PledgeTemplateService templates, StoredJson json) {
        this.mapper = mapper;
        this.registry = registry;
        this.matters = matters;
        this.templates = templates;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public List<PublicPledge> search(String text, String matterCode, PageRequest page) {
        Map<Long, FormSchema> forms = new HashMap<>();
        return mapper.searchPublic(Like.prefix(text), blankToNull(matterCode), page.offset(), page.limit()).stream()
                .filter(p -> !p.isNaturalPerson())
                .map(p -> new PublicPledge(p.recordCode(), p.pledgerName(), p.pledgerIdentifier(), p.pledgeType(),
                        matterName(p), publicContent(p, forms), p.pledgeDate(), p.validUntil(),
                        p.acceptingUnitName(), p.fulfillmentStatus()))
                .toList();
    }

    /** The pledge's text with the personal data of the people it names masked ({@link PublicPledgeText}). */
    private String publicContent(Pledge pledge, Map<Long, FormSchema> forms) {
        FormSchema form = forms.computeIfAbsent(pledge.templateVersionId(), id -> templates.version(id).form());
        Map<?, ?> values;
        try {
            values = pledge.fieldValues() == null ? Map.of() : json.read(pledge.fieldValues(), Map.class);
        } catch (JsonProcessingException unreadable) {
            // which parts name people cannot be told: the public gets none of the text
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, ?> named = (Map<String, ?>) values;
        return PublicPledgeText.of(pledge.content(), form, named);
    }

    @Transactional(readOnly = true)
    public long count(String text, String matterCode) {
        return mapper.countPublic(Like.prefix(text), blankToNull(matterCode));
    }

    /**
     * Says whether a letter with this record code and hash is authentic, and whether it is still in force: how the
     * letters printed before they carried a verification code are checked.
     */
    @Transactional(readOnly = true)
    public Verification verify(String recordCode, String letterHash) {
        String code = recordCode == null ? "" : recordCode.strip();
        if (!code.matches("\\d{20}")) {
            return Verification.bare(code, Verification.Outcome.NOT_FOUND);
        }
        Pledge pledge = mapper.findByCode(code);
        if (pledge == null || pledge.letterHash() == null) {
            return Verification.bare(code, Verification.Outcome.NOT_FOUND);
        }
        String given = letterHash == null ? "" : letterHash.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        if (!given.equals(pledge.letterHash())) {
            return Verification.bare(code, Verification.Outcome.HASH_MISMATCH);
        }
        return checked(pledge);
    }

    /**
     * Says whether a letter with this record code and short verification code (as typed: any case, spaces and
     * hyphens allowed) is authentic, and whether it is still in force. A wrong code and a code no pledge has answer
     * alike, {@link Verification.Outcome#NOT_FOUND}, so record codes cannot be probed with it.
     */
    @Transactional(readOnly = true)
    public Verification verifyWithCode(String recordCode, String verificationCode) {
        String code = recordCode == null ? "" : recordCode.strip();
        String given = VerificationCodes.normalize(verificationCode);
        Pledge pledge = given == null || !code.matches("\\d{20}") ? null : mapper.findByCode(code);
        if (pledge == null || pledge.letterHash() == null
                || !VerificationCodes.matches(pledge.verificationCode(), given)) {
            return Verification.bare(code, Verification.Outcome.NOT_FOUND);
        }
        return checked(pledge);
    }

    /** The answer for a letter whose credential matched: tampered, or authentic with its public facts. */
    private Verification checked(Pledge pledge) {
        String code = pledge.recordCode();
        if (registry.check(pledge) != null) {
            return Verification.bare(code, Verification.Outcome.TAMPERED);
        }
        String supersededBy = pledge.status() == PledgeStatus.SUPERSEDED ? mapper.findEvents(pledge.id()).stream()
                .filter(e -> e.eventType() == PledgeEventType.SUPERSEDED).map(PledgeEvent::relatedCode)
                .reduce((a, b) -> b).orElse(null) : null;
        String name = pledge.isNaturalPerson() ? Masking.personName(pledge.pledgerName()) : pledge.pledgerName();
        return new Verification(code, Verification.Outcome.AUTHENTIC, pledge.status(), supersededBy,
                pledge.fulfillmentStatus(), name, pledge.pledgerCategory(), pledge.acceptingUnitName(),
                matterName(pledge), pledge.signedAt(), pledge.validUntil());
    }

    private String matterName(Pledge pledge) {
        return matters.find(pledge.matterCode()).map(PermitMatter::name).orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
