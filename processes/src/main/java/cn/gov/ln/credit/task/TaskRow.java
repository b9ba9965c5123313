package cn.gov.ln.credit.task;

import cn.gov.ln.credit.calendar.DueLight;

/** A task as a list shows it: who holds it by name (null: unclaimed) and the light of its deadline. */
public record TaskRow(TaskItem item, String assigneeName, DueLight light) {
}
