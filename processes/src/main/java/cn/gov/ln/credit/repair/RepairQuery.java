package cn.gov.ln.credit.repair;

import java.time.LocalDate;

/** Filters of the officers' repair list; null means no filter. {@code from}/{@code to}: the day submitted. */
public record RepairQuery(RepairApplication.RepairStatus status, LocalDate from, LocalDate to) {
}
