package cn.gov.ln.credit.demo;

import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.LegalBasisType;
import cn.gov.ln.credit.listing.ListType;
import java.util.List;
import java.util.Random;

/** The kinds of listing the demo draws from: what happened, who decided, on which kind of document. */
final class DemoListings {

    record Kind(ListType listType, String line, LegalBasisType basisType, String reason, String numberPattern) {
    }

    static final List<Kind> DISHONESTY = List.of(
            new Kind(ListType.DISHONESTY, "COURT", LegalBasisType.COURT_JUDGMENT,
                    "有履行能力而拒不履行生效法律文书确定的义务", "（%1$d）辽%2$s执%3$d号"),
            new Kind(ListType.DISHONESTY, "COURT", LegalBasisType.ARBITRAL_AWARD,
                    "拒不履行仲裁裁决确定的给付义务", "（%1$d）%4$s仲字第%3$d号"),
            new Kind(ListType.DISHONESTY, "MARKET_REGULATION", LegalBasisType.ADMINISTRATIVE_PENALTY,
                    "提供虚假材料骗取市场主体登记，情节严重", "%4$s市监罚〔%1$d〕%3$d号"),
            new Kind(ListType.DISHONESTY, "MARKET_REGULATION", LegalBasisType.ADMINISTRATIVE_PENALTY,
                    "生产销售不符合食品安全标准的食品，情节严重", "%4$s市监罚〔%1$d〕%3$d号"),
            new Kind(ListType.DISHONESTY, "TAXATION", LegalBasisType.ADMINISTRATIVE_PENALTY,
                    "虚开增值税专用发票，偷逃税款数额较大", "%4$s税稽罚〔%1$d〕%3$d号"),
            new Kind(ListType.DISHONESTY, "HUMAN_RESOURCES", LegalBasisType.ADMINISTRATIVE_RULING,
                    "拖欠农民工工资，经责令限期支付仍不支付", "%4$s人社监决〔%1$d〕%3$d号"),
            new Kind(ListType.DISHONESTY, "ECOLOGY_ENVIRONMENT", LegalBasisType.ADMINISTRATIVE_PENALTY,
                    "超标排放污染物，责令改正后拒不改正", "%4$s环罚〔%1$d〕%3$d号"),
            new Kind(ListType.DISHONESTY, "EMERGENCY", LegalBasisType.ADMINISTRATIVE_PENALTY,
                    "对较大生产安全事故负有责任", "%4$s应急罚〔%1$d〕%3$d号"),
            new Kind(ListType.DISHONESTY, "HOUSING_CONSTRUCTION", LegalBasisType.ADMINISTRATIVE_PENALTY,
                    "以虚假信用承诺取得建筑工程施工许可", "%4$s住建罚〔%1$d〕%3$d号"));

    static final List<Kind> RED = List.of(
            new Kind(ListType.RED, "TAXATION", LegalBasisType.COMMENDATION,
                    "纳税信用A级纳税人", "辽税公告〔%1$d〕%3$d号"),
            new Kind(ListType.RED, "MARKET_REGULATION", LegalBasisType.COMMENDATION,
                    "守合同重信用企业", "辽市监发〔%1$d〕%3$d号"),
            new Kind(ListType.RED, "HUMAN_RESOURCES", LegalBasisType.COMMENDATION,
                    "劳动保障守法诚信示范单位", "辽人社发〔%1$d〕%3$d号"));

    private DemoListings() {
    }

    static BreachTier tier(Random random) {
        return random.nextInt(10) < 8 ? BreachTier.SERIOUS : BreachTier.GENERAL;
    }

    static String issuer(Kind kind, String cityName, String countyName, String departmentName) {
        return switch (kind.basisType()) {
            case COURT_JUDGMENT -> (countyName.startsWith(cityName) ? countyName : cityName + countyName) + "人民法院";
            case ARBITRAL_AWARD -> cityName.replace("市", "") + "仲裁委员会";
            default -> departmentName;
        };
    }
}
