package cn.gov.ln.credit.division;

public record Division(String code, String name, DivisionLevel level, String parentCode) {
}
