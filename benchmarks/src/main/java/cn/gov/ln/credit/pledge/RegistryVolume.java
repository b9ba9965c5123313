package cn.gov.ln.credit.pledge;

import cn.gov.ln.credit.seal.Seal;
import cn.gov.ln.credit.seal.SealService;
import cn.gov.ln.credit.seal.Sm3;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the registry with signed pledges in batches, so its verification can be measured over a province's
 * volume: signing one by one through the service runs at a few hundred a second. Each pledge is a copy of one
 * signed through the service, under another subject, record code and day, hashed, chained and sealed exactly as
 * the registry does (it lives in the registry's package for that), with the chain head locked per batch.
 */
public final class RegistryVolume {

    private static final int BATCH = 5_000;
    private static final int PER_DAY = 10_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String INSERT_PLEDGE = "INSERT INTO pledge (id, draft_ref, record_code, template_version_id, "
            + "template_text_hash, pledge_type, matter_code, subject_id, pledger_name, pledger_category, "
            + "pledger_identifier, reason, content, liability, field_values, publicity, accepting_department_id, "
            + "accepting_unit_name, accepting_unit_uscc, division_code, external_reference, external_key, pledge_date, "
            + "valid_until, signer_username, channel, signed_at, letter_hash, status, fulfillment_status, relied_on_at, "
            + "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_ENTRY = "INSERT INTO pledge_ledger (seq, pledge_id, event_id, entry_hash, "
            + "previous_hash, signature, seal_key_id, recorded_at) VALUES (?, ?, NULL, ?, ?, ?, ?, ?)";

    private final PledgeMapper mapper;
    private final SealService seal;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public RegistryVolume(ApplicationContext context) {
        this.mapper = context.getBean(PledgeMapper.class);
        this.seal = context.getBean(SealService.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    }

    /** Adds signed pledges until the registry holds {@code entries} entries; returns how many were added. */
    public long fillTo(long entries) {
        Long modelId = jdbc.queryForObject("SELECT MIN(id) FROM pledge WHERE status = 'SIGNED'", Long.class);
        if (modelId == null) {
            throw new IllegalStateException("sign at least one pledge through the service first");
        }
        Pledge model = mapper.findById(modelId);
        List<Object[]> subjects = jdbc.query("SELECT id, name, uscc FROM credit_subject WHERE kind = 'LEGAL_PERSON' "
                + "AND uscc IS NOT NULL ORDER BY id", (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2),
                        rs.getString(3)});
        long added = 0;
        long missing = entries - mapper.findHead().lastSeq();
        while (added < missing) {
            int size = (int) Math.min(BATCH, missing - added);
            long from = added;
            transaction.executeWithoutResult(status -> batch(model, subjects, from, size));
            added += size;
            if (added % 100_000 < BATCH) {
                System.out.printf("  registry: %,d entries added%n", added);
            }
        }
        Long next = jdbc.queryForObject("SELECT MAX(id) + 1 FROM pledge", Long.class);
        jdbc.execute("ALTER TABLE pledge ALTER COLUMN id RESTART WITH " + next);
        return added;
    }

    private void batch(Pledge model, List<Object[]> subjects, long from, int size) {
        PledgeMapper.LedgerHead head = mapper.lockHead();
        long firstId = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM pledge", Long.class);
        List<Pledge> pledges = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            pledges.add(copy(model, firstId + i, subjects.get((int) ((from + i) % subjects.size())), from + i));
        }
        List<String> contents = pledges.parallelStream().map(PledgeRegistry::contentHash).toList();
        String[] entryHashes = new String[size];
        String[] previous = new String[size];
        String last = head.lastHash();
        for (int i = 0; i < size; i++) {
            previous[i] = last;
            last = Sm3.hex(Canonical.entry(last, head.lastSeq() + 1 + i, contents.get(i)));
            entryHashes[i] = last;
        }
        List<Seal> seals = IntStream.range(0, size).parallel()
                .mapToObj(i -> seal.sign(entryHashes[i].getBytes(StandardCharsets.UTF_8))).toList();
        List<Object[]> pledgeRows = new ArrayList<>(size);
        List<Object[]> entryRows = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Pledge p = pledges.get(i);
            pledgeRows.add(new Object[] {p.id(), p.draftRef(), p.recordCode(), p.templateVersionId(),
                p.templateTextHash(), p.pledgeType().name(), p.matterCode(), p.subjectId(), p.pledgerName(),
                p.pledgerCategory().name(), p.pledgerIdentifier(), p.reason(), p.content(), p.liability(),
                p.fieldValues(), p.publicity().name(), p.acceptingDepartmentId(), p.acceptingUnitName(),
                p.acceptingUnitUscc(), p.divisionCode(), p.externalReference(), null, p.pledgeDate(), p.validUntil(),
                p.signerUsername(), p.channel().name(), Timestamp.from(p.signedAt()), contents.get(i), "SIGNED",
                null, null, Timestamp.from(p.createdAt()), p.createdBy()});
            entryRows.add(new Object[] {head.lastSeq() + 1 + i, p.id(), entryHashes[i], previous[i],
                seals.get(i).signature(), seals.get(i).keyId(), Timestamp.from(p.signedAt())});
        }
        jdbc.batchUpdate(INSERT_PLEDGE, pledgeRows);
        jdbc.batchUpdate(INSERT_ENTRY, entryRows);
        mapper.moveHead(head.lastSeq() + size, last);
    }

    /** The model pledge as another subject would have signed it on an earlier day, up to 10,000 a day. */
    private static Pledge copy(Pledge model, long id, Object[] subject, long n) {
        LocalDate day = LocalDate.of(2024, 1, 1).plusDays(n / PER_DAY);
        Instant signedAt = day.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant().plusMillis(n % PER_DAY * 3_000);
        String code = model.divisionCode() + day.format(DAY) + String.format("%06d", n % PER_DAY + 1);
        return new Pledge(id, "volume-" + id, code, model.templateVersionId(), model.templateTextHash(),
                model.pledgeType(), model.matterCode(), (Long) subject[0], (String) subject[1],
                model.pledgerCategory(), (String) subject[2], model.reason(), model.content(), model.liability(),
                model.fieldValues(), model.publicity(), model.acceptingDepartmentId(), model.acceptingUnitName(),
                model.acceptingUnitUscc(), model.divisionCode(), "volume-" + n, null, day,
                day.plusMonths(12), model.signerUsername(), model.channel(), signedAt, null, PledgeStatus.SIGNED,
                null, null, signedAt, model.createdBy(), null);
    }
}
