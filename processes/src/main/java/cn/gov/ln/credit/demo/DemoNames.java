package cn.gov.ln.credit.demo;

import java.util.List;
import java.util.Random;

/** Realistic Chinese names of people, enterprises, organisations and sole traders. */
final class DemoNames {

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国玉兰晓东海燕志强红梅婷雪峰鹏飞宇浩然欣怡子涵梓萱一诺晨阳思远博文嘉怡俊杰雨桐";
    private static final List<String> BRANDS = List.of("辽信", "盛京", "北方", "华晟", "东泰", "鑫源", "金达", "宏图", "恒通",
            "新锐", "瑞丰", "天河", "同创", "汇诚", "远航", "博远", "正元", "锦程", "浩宇", "众合", "安泰", "隆盛", "德顺", "宝丰",
            "海川", "星河", "鼎盛", "嘉禾", "永利", "华岳", "中辽", "辽海", "沈飞", "兴业", "长青", "东盛", "和美", "聚丰", "富达",
            "启航", "蓝海", "新港", "大通", "益民", "万和", "正大", "昊天", "银河", "泰和", "金桥");
    private static final List<String> INDUSTRIES = List.of("科技", "建筑工程", "商贸", "食品", "物流", "餐饮管理", "医药",
            "环保科技", "机械制造", "装饰工程", "电子", "农业发展", "房地产开发", "物业管理", "信息技术", "汽车销售服务", "化工",
            "钢结构", "劳务派遣", "教育咨询", "人力资源", "新能源", "精密机械", "水产", "粮油", "印刷", "服装", "旅游开发");
    private static final List<String> COMPANY_FORMS = List.of("有限公司", "有限公司", "有限公司", "有限责任公司", "股份有限公司");
    private static final List<String> ORGANIZATIONS = List.of("行业协会", "商会", "慈善基金会", "民办学校", "社会工作服务中心",
            "养老服务中心", "职业培训学校", "文化发展促进会", "志愿者协会", "医院");
    private static final List<String> SHOPS = List.of("便利店", "小吃店", "五金商店", "理发店", "水果店", "饺子馆", "烧烤店",
            "家电维修部", "服装店", "早餐店", "汽车修理部", "药店");

    private DemoNames() {
    }

    static String person(Random random) {
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int given = random.nextInt(10) < 7 ? 2 : 1;
        for (int i = 0; i < given; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    static String enterprise(Random random, String place) {
        return place + pick(random, BRANDS) + pick(random, INDUSTRIES) + pick(random, COMPANY_FORMS);
    }

    static String organization(Random random, String place) {
        return place + pick(random, BRANDS) + pick(random, ORGANIZATIONS);
    }

    static String soleTrader(Random random, String place, String owner) {
        return place + owner + pick(random, SHOPS);
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
