package cn.gov.ln.credit.repair;

import java.time.LocalDate;

/** Whether a listing can be repaired now; if not, from when ({@code from}) or why not ({@code reasonKey}). */
public record RepairEligibility(boolean eligible, LocalDate from, String reasonKey) {
}
