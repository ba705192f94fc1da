package org.evidencedesk.bench;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.evidencedesk.dispute.IpType;
import org.evidencedesk.dispute.PartyKind;
import org.evidencedesk.dispute.TechnologyArea;

/**
 * The words generated cases are made of, each in English and Chinese. Brand names are built from pairs
 * of syllables, so that one brand is rare (a party search finds a few hundred cases) while a syllable or
 * a common technology word finds many; a handful of rare subjects gives searches that hit almost nothing.
 */
final class CaseVocabulary {

    /** An English and a Chinese rendering of the same thing. */
    record Term(String en, String zh) {
        String in(boolean chinese) {
            return chinese ? zh : en;
        }
    }

    private static final List<Term> SYLLABLES = List.of(
            t("Lian", "联"), t("Xin", "信"), t("Zhi", "智"), t("Sou", "搜"), t("Kuai", "快"), t("Gou", "购"),
            t("Ming", "明"), t("Jing", "镜"), t("Tian", "天"), t("Hong", "鸿"), t("Yun", "云"), t("Tu", "图"),
            t("Hua", "华"), t("Teng", "腾"), t("Bai", "百"), t("Du", "度"), t("Jia", "佳"), t("Mei", "美"),
            t("Xun", "讯"), t("Da", "达"), t("Feng", "丰"), t("Chuang", "创"), t("Rui", "锐"), t("Ke", "科"),
            t("Shu", "数"), t("Wei", "维"), t("Hai", "海"), t("Bo", "博"), t("Yi", "易"), t("Tong", "通"),
            t("Qi", "启"), t("Xing", "星"), t("Le", "乐"), t("Pin", "品"), t("Sheng", "盛"), t("Jie", "捷"),
            t("An", "安"), t("Chen", "辰"), t("Guang", "光"), t("Yuan", "源"));

    private static final List<Term> CITIES = List.of(
            t("Beijing", "北京"), t("Shanghai", "上海"), t("Hangzhou", "杭州"), t("Shenzhen", "深圳"),
            t("Guangzhou", "广州"), t("Nanjing", "南京"), t("Chengdu", "成都"), t("Suzhou", "苏州"),
            t("Wuhan", "武汉"), t("Xiamen", "厦门"));

    private static final Map<PartyKind, List<Term>> COMPANY_FORMS = companyForms();

    private static final List<Term> FOREIGN_FORMS = List.of(
            t("Trading Ltd.", "贸易有限公司"), t("Holdings Pte. Ltd.", "控股私人有限公司"), t("Commerce Inc.", "商业公司"));

    private static final Map<IpType, Term> CLAIMS = claims();

    private static final Map<TechnologyArea, List<Term>> SUBJECTS = subjects();

    /** Subjects almost no case has: what a search for a rare word finds. */
    private static final List<Term> RARE_SUBJECTS = List.of(
            t("quantum-safe checkout signature", "抗量子结账签名"), t("holographic shelf display", "全息货架展示"),
            t("drone parcel locker", "无人机快递柜"), t("tactile glove shopping interface", "触觉手套购物界面"));

    private static final double RARE_SUBJECT_SHARE = 0.003;

    private final RandomGenerator random;

    CaseVocabulary(RandomGenerator random) {
        this.random = random;
    }

    Term brand() {
        Term first = pick(SYLLABLES);
        Term second = pick(SYLLABLES);
        return new Term(first.en() + second.en().toLowerCase(Locale.ROOT), first.zh() + second.zh());
    }

    /** A company name of a party of this kind built on the brand; foreign ones are not domiciled in China. */
    String companyName(Term brand, PartyKind kind, boolean foreign, boolean chinese) {
        if (foreign) {
            Term form = pick(FOREIGN_FORMS);
            return chinese ? brand.zh() + form.zh() : brand.en() + " " + form.en();
        }
        Term city = pick(CITIES);
        Term form = pick(COMPANY_FORMS.get(kind));
        return chinese ? city.zh() + brand.zh() + form.zh() : city.en() + " " + brand.en() + " " + form.en();
    }

    Term subject(TechnologyArea area) {
        return random.nextDouble() < RARE_SUBJECT_SHARE ? pick(RARE_SUBJECTS) : pick(SUBJECTS.get(area));
    }

    String title(Term claimant, Term respondent, IpType ipType, Term subject, boolean chinese) {
        Term claim = CLAIMS.get(ipType);
        return chinese
                ? claimant.zh() + "诉" + respondent.zh() + "：" + subject.zh() + claim.zh() + "纠纷"
                : claimant.en() + " v. " + respondent.en() + ": " + claim.en() + " " + subject.en();
    }

    String claims(IpType ipType, Term subject, boolean chinese) {
        return chinese
                ? "1. 确认被告的" + subject.zh() + "构成" + CLAIMS.get(ipType).zh() + "。\n2. 判令被告立即停止侵权。"
                : "1. Declare that the respondent's " + subject.en() + " infringes the claimant's rights.\n"
                        + "2. Order the respondent to stop at once.";
    }

    String relief(int damagesTenThousands, boolean chinese) {
        return chinese
                ? "停止侵权；赔偿经济损失人民币" + damagesTenThousands + "万元及合理开支。"
                : "An injunction; damages of CNY " + damagesTenThousands + "0,000 and reasonable costs.";
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static Term t(String en, String zh) {
        return new Term(en, zh);
    }

    private static Map<PartyKind, List<Term>> companyForms() {
        Map<PartyKind, List<Term>> forms = new EnumMap<>(PartyKind.class);
        forms.put(PartyKind.RIGHTS_HOLDER, List.of(t("Technology Co., Ltd.", "科技有限公司"),
                t("Information Technology Co., Ltd.", "信息技术有限公司"), t("Software Co., Ltd.", "软件有限公司")));
        forms.put(PartyKind.LICENSEE, List.of(t("Intelligence Co., Ltd.", "智能有限公司"),
                t("Digital Co., Ltd.", "数字科技有限公司")));
        forms.put(PartyKind.MERCHANT, List.of(t("E-commerce Co., Ltd.", "电子商务有限公司"),
                t("Trading Co., Ltd.", "商贸有限公司"), t("Supply Chain Co., Ltd.", "供应链管理有限公司")));
        forms.put(PartyKind.PLATFORM_OPERATOR, List.of(t("Network Technology Co., Ltd.", "网络科技有限公司"),
                t("Online Co., Ltd.", "在线网络有限公司"), t("Mall Network Co., Ltd.", "商城网络有限公司")));
        forms.put(PartyKind.DATA_HOLDING_PLATFORM, List.of(t("Data Services Co., Ltd.", "数据服务有限公司"),
                t("Cloud Computing Co., Ltd.", "云计算有限公司")));
        return forms;
    }

    private static Map<IpType, Term> claims() {
        Map<IpType, Term> claims = new EnumMap<>(IpType.class);
        claims.put(IpType.PATENT, t("infringement of an invention patent on", "侵害发明专利权"));
        claims.put(IpType.TRADEMARK, t("use of a registered trademark in", "侵害商标权"));
        claims.put(IpType.COPYRIGHT, t("copying of the copyright work in", "侵害著作权"));
        claims.put(IpType.SOFTWARE_COPYRIGHT, t("copying of the software of", "侵害计算机软件著作权"));
        claims.put(IpType.TRADE_SECRET, t("misappropriation of the trade secret behind", "侵害技术秘密"));
        claims.put(IpType.UNFAIR_COMPETITION, t("unfair competition by scraping", "不正当竞争"));
        return claims;
    }

    private static Map<TechnologyArea, List<Term>> subjects() {
        Map<TechnologyArea, List<Term>> subjects = new EnumMap<>(TechnologyArea.class);
        subjects.put(TechnologyArea.RANKING_RECOMMENDATION, List.of(t("product recommendation algorithm", "商品推荐算法"),
                t("search ranking model", "搜索排序模型"), t("personalised feed ranking", "个性化信息流排序")));
        subjects.put(TechnologyArea.AI_MODEL, List.of(t("shopping-assistant language model", "导购大语言模型"),
                t("product image recognition model", "商品图像识别模型"), t("customer-service chatbot", "智能客服机器人")));
        subjects.put(TechnologyArea.SEARCH, List.of(t("product search engine", "商品搜索引擎"),
                t("query autocomplete", "搜索联想词"), t("visual product search", "以图搜物")));
        subjects.put(TechnologyArea.PRICING, List.of(t("dynamic pricing engine", "动态定价引擎"),
                t("coupon allocation system", "优惠券分配系统"), t("price comparison crawler", "比价爬虫")));
        subjects.put(TechnologyArea.PAYMENTS, List.of(t("one-click payment flow", "一键支付流程"),
                t("risk-control scoring model", "风控评分模型"), t("QR code payment terminal", "二维码支付终端")));
        subjects.put(TechnologyArea.LOGISTICS_SUPPLY_CHAIN, List.of(t("warehouse routing algorithm", "仓储路径规划算法"),
                t("delivery dispatch system", "配送调度系统"), t("inventory forecasting model", "库存预测模型")));
        subjects.put(TechnologyArea.DATA, List.of(t("merchant sales dataset", "商家销售数据"),
                t("user behaviour data", "用户行为数据"), t("product review database", "商品评论数据库")));
        subjects.put(TechnologyArea.OTHER, List.of(t("live-streaming storefront", "直播带货页面"),
                t("mini-program store template", "小程序店铺模板"), t("AR try-on feature", "AR试穿功能")));
        return subjects;
    }
}
