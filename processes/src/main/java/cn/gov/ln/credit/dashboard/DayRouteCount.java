package cn.gov.ln.credit.dashboard;

import cn.gov.ln.credit.filing.FilingRoute;
import java.time.LocalDate;

/** Filings received on one day by their route; a null route is a filing whose credit check has not yet routed it. */
public record DayRouteCount(LocalDate day, FilingRoute route, long count) {
}
