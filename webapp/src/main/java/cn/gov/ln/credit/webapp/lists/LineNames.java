package cn.gov.ln.credit.webapp.lists;

import cn.gov.ln.credit.department.Department;
import cn.gov.ln.credit.division.DivisionCodes;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A line's code (MARKET_REGULATION) shown with its Chinese name: the name of the line's provincial department,
 * short where it has one, e.g. "省市场监管局（MARKET_REGULATION）".
 */
public final class LineNames {

    private final Map<String, String> names = new HashMap<>();

    public LineNames(Collection<Department> departments) {
        departments.stream().filter(d -> DivisionCodes.PROVINCE.equals(d.divisionCode()))
                .forEach(d -> names.put(d.lineCode(),
                        d.shortName() == null || d.shortName().isBlank() ? d.name() : d.shortName()));
    }

    public String of(String lineCode) {
        if (lineCode == null) {
            return "";
        }
        String name = names.get(lineCode);
        return name == null ? lineCode : name + "（" + lineCode + "）";
    }
}
