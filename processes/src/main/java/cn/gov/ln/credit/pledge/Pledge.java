package cn.gov.ln.credit.pledge;

import cn.gov.ln.credit.pledgetemplate.PledgeType;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of {@code pledge}: the fields of the national collection template and the signature bookkeeping. Once
 * signed, everything up to {@code letterHash} is fixed; {@code status}, {@code fulfillmentStatus} and
 * {@code reliedOnAt} mirror the registry's events for fast lists. {@code verificationCode} is the short code its
 * letter prints for looking it up: a credential beside the sealed record, which the registry's hashes do not cover.
 */
public record Pledge(
        long id,
        String draftRef,
        String recordCode,
        long templateVersionId,
        String templateTextHash,
        PledgeType pledgeType,
        String matterCode,
        long subjectId,
        String pledgerName,
        PledgerCategory pledgerCategory,
        String pledgerIdentifier,
        String reason,
        String content,
        String liability,
        String fieldValues,
        Publicity publicity,
        Long acceptingDepartmentId,
        String acceptingUnitName,
        String acceptingUnitUscc,
        String divisionCode,
        String externalReference,
        String externalKey,
        LocalDate pledgeDate,
        LocalDate validUntil,
        String signerUsername,
        Channel channel,
        Instant signedAt,
        String letterHash,
        PledgeStatus status,
        FulfillmentStatus fulfillmentStatus,
        Instant reliedOnAt,
        Instant createdAt,
        String createdBy,
        String verificationCode) {

    public boolean isNaturalPerson() {
        return pledgerCategory == PledgerCategory.NATURAL_PERSON;
    }

    Pledge signed(String code, LocalDate date, LocalDate until, String signer, Channel via, Instant at,
            String lookupCode) {
        return new Pledge(id, draftRef, code, templateVersionId, templateTextHash, pledgeType, matterCode, subjectId,
                pledgerName, pledgerCategory, pledgerIdentifier, reason, content, liability, fieldValues, publicity,
                acceptingDepartmentId, acceptingUnitName, acceptingUnitUscc, divisionCode, externalReference,
                externalKey, date, until, signer, via, at, null, PledgeStatus.SIGNED, fulfillmentStatus, reliedOnAt,
                createdAt, createdBy, lookupCode);
    }

    /** The signed record with the hash of its content, which its letter and its registry entry carry. */
    Pledge withLetterHash(String hash) {
        return new Pledge(id, draftRef, recordCode, templateVersionId, templateTextHash, pledgeType, matterCode,
                subjectId, pledgerName, pledgerCategory, pledgerIdentifier, reason, content, liability, fieldValues,
                publicity, acceptingDepartmentId, acceptingUnitName, acceptingUnitUscc, divisionCode,
                externalReference, externalKey, pledgeDate, validUntil, signerUsername, channel, signedAt, hash, status,
                fulfillmentStatus, reliedOnAt, createdAt, createdBy, verificationCode);
    }
}
