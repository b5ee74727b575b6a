/// The word lists `briefing sample` draws its names from. Only data: the generator decides how they combine.
enum SampleNames {
    // MARK: Geography of the small default set (real names and division codes)

    struct KnownCounty: Sendable {
        let name: String
        let alias: String
        let pinyin: String
        /// The administrative division code, used as the stem of team ids.
        let code: String
    }

    struct KnownPrefecture: Sendable {
        let name: String
        /// How unit names refer to it: `甘孜州人民医院`.
        let shortName: String
        let pinyin: String
        let counties: [KnownCounty]
    }

    struct KnownProvince: Sendable {
        let name: String
        /// The short name used by companies' branch names: `国网西藏电力有限公司`.
        let shortName: String
        /// How provincial departments are named: `自治区财政厅`, `四川省财政厅`.
        let departmentPrefix: String
        let pinyin: String
        let programmes: [String]
        let prefectures: [KnownPrefecture]
    }

    /// The default counties in the order they are taken: `--counties 6` gives exactly these.
    static let knownProvinces: [KnownProvince] = [
        KnownProvince(
            name: "西藏自治区", shortName: "西藏", departmentPrefix: "自治区", pinyin: "xizang",
            programmes: ["强基惠民", "强基惠民", "强基惠民", "驻村帮扶", "第一书记"],
            prefectures: [
                KnownPrefecture(name: "昌都市", shortName: "昌都市", pinyin: "changdu", counties: [
                    KnownCounty(name: "芒康县", alias: "芒康", pinyin: "mangkang", code: "540328"),
                    KnownCounty(name: "左贡县", alias: "左贡", pinyin: "zuogong", code: "540327"),
                    KnownCounty(name: "八宿县", alias: "八宿", pinyin: "basu", code: "540326"),
                ]),
                KnownPrefecture(name: "山南市", shortName: "山南市", pinyin: "shannan", counties: [
                    KnownCounty(name: "乃东区", alias: "乃东", pinyin: "naidong", code: "540502"),
                    KnownCounty(name: "扎囊县", alias: "扎囊", pinyin: "zhanang", code: "540521"),
                ]),
            ]),
        KnownProvince(
            name: "四川省", shortName: "四川", departmentPrefix: "四川省", pinyin: "sichuan",
            programmes: ["驻村帮扶", "驻村帮扶", "第一书记"],
            prefectures: [
                KnownPrefecture(name: "甘孜藏族自治州", shortName: "甘孜州", pinyin: "ganzi", counties: [
                    KnownCounty(name: "白玉县", alias: "白玉", pinyin: "baiyu", code: "513331"),
                ]),
            ]),
    ]

    /// A real county next to 芒康县 that the default config leaves out: the roster's stray team sits there.
    static let countyOutsideConfig = KnownCounty(name: "察雅县", alias: "察雅", pinyin: "chaya", code: "540325")

    /// Cells that spell a default county another accepted way, keyed by county name.
    static let traditionalCountyNames = ["白玉县": "白玉縣"]

    /// A sending unit of the default set, listed under `senders:` in the sample's config.
    struct KnownSender: Sendable {
        /// A team it sent: the team's position among the default counties and within its county, the
        /// unit that sent it (which names the team) and its 派出单位 as the roster writes it.
        struct Team: Sendable {
            let county: Int
            let team: Int
            let unit: String
            let written: String
        }

        let name: String
        let aliases: [String]
        let members: [String]
        let pinyin: String
        let teams: [Team]
    }

    /// Sending units whose teams serve in counties of different prefectures and provinces, each team
    /// sent by the unit itself under an alias, by a member unit, or written in Traditional script.
    static let knownSenders = [
        KnownSender(name: "西藏自治区农业农村厅", aliases: ["自治区农业农村厅"], members: ["西藏自治区农牧科学院"],
                    pinyin: "nyt", teams: [
                        .init(county: 0, team: 2, unit: "自治区农业农村厅", written: "自治区农业农村厅"),
                        .init(county: 3, team: 2, unit: "西藏自治区农牧科学院", written: "西藏自治区农牧科学院"),
                    ]),
        KnownSender(name: "国家电网有限公司", aliases: ["国家电网"], members: ["国网西藏电力有限公司", "国网四川电力有限公司"],
                    pinyin: "sgcc", teams: [
                        .init(county: 4, team: 3, unit: "国网西藏电力有限公司", written: "国网西藏电力有限公司"),
                        .init(county: 5, team: 2, unit: "国网四川电力有限公司", written: "國網四川電力有限公司"),
                    ]),
    ]

    // MARK: Invented geography for large runs
    //
    // Each list pairs a character with its pinyin, which becomes the unit's mail address. The lists are
    // chosen so that every name and every address is unique across levels: the pinyin of the first
    // positions never repeat between levels, and second positions start with a consonant, so the joined
    // pinyin cannot be split two ways. The tests check this for the largest set.

    static let countyFirst: [(String, String)] = [
        ("安", "an"), ("宝", "bao"), ("长", "chang"), ("崇", "chong"), ("大", "da"), ("定", "ding"),
        ("东", "dong"), ("丰", "feng"), ("福", "fu"), ("广", "guang"), ("汉", "han"), ("和", "he"),
        ("华", "hua"), ("怀", "huai"), ("惠", "hui"), ("吉", "ji"), ("嘉", "jia"), ("建", "jian"),
        ("江", "jiang"), ("金", "jin"), ("静", "jing"), ("康", "kang"), ("乐", "le"), ("临", "lin"),
        ("龙", "long"), ("庐", "lu"), ("洛", "luo"), ("茂", "mao"), ("梅", "mei"), ("明", "ming"),
        ("南", "nan"), ("宁", "ning"), ("平", "ping"), ("清", "qing"), ("荣", "rong"), ("瑞", "rui"),
        ("三", "san"), ("沙", "sha"), ("上", "shang"), ("寿", "shou"), ("顺", "shun"), ("泰", "tai"),
        ("天", "tian"), ("通", "tong"), ("新", "xin"), ("兴", "xing"), ("永", "yong"), ("玉", "yu"),
        ("云", "yun"), ("中", "zhong"), ("遵", "zun"), ("高", "gao"), ("古", "gu"), ("海", "hai"),
        ("红", "hong"), ("开", "kai"), ("昆", "kun"), ("兰", "lan"), ("丽", "li"), ("灵", "ling"),
    ]

    static let countySecond: [(String, String)] = [
        ("城", "cheng"), ("川", "chuan"), ("丹", "dan"), ("德", "de"), ("峰", "feng"), ("阜", "fu"),
        ("冈", "gang"), ("谷", "gu"), ("河", "he"), ("湖", "hu"), ("化", "hua"), ("济", "ji"),
        ("津", "jin"), ("靖", "jing"), ("口", "kou"), ("岭", "ling"), ("林", "lin"), ("隆", "long"),
        ("浦", "pu"), ("泉", "quan"), ("山", "shan"), ("水", "shui"), ("台", "tai"), ("潭", "tan"),
        ("田", "tian"), ("亭", "ting"), ("溪", "xi"), ("仙", "xian"), ("阳", "yang"), ("义", "yi"),
        ("源", "yuan"), ("岳", "yue"), ("州", "zhou"), ("庄", "zhuang"), ("塘", "tang"), ("泽", "ze"),
        ("桥", "qiao"), ("盛", "sheng"), ("渠", "qu"), ("坪", "ping"), ("坝", "ba"), ("堡", "bao"),
        ("关", "guan"), ("门", "men"), ("沟", "gou"), ("峪", "yu"), ("屯", "tun"), ("营", "ying"),
        ("寨", "zhai"), ("滨", "bin"), ("湾", "wan"), ("梁", "liang"), ("坡", "po"), ("埠", "bu"),
        ("崖", "ya"), ("里", "li"), ("陌", "mo"), ("蓬", "peng"), ("丘", "qiu"), ("苏", "su"),
    ]

    static let prefectureFirst: [(String, String)] = [
        ("北", "bei"), ("沧", "cang"), ("赤", "chi"), ("朝", "chao"), ("鄂", "e"), ("汾", "fen"),
        ("衡", "heng"), ("呼", "hu"), ("喀", "ka"), ("廊", "lang"), ("聊", "liao"), ("牡", "mu"),
        ("盘", "pan"), ("黔", "qian"), ("韶", "shao"), ("朔", "shuo"), ("随", "sui"), ("潍", "wei"),
        ("乌", "wu"), ("徐", "xu"),
    ]

    static let prefectureSecond: [(String, String)] = [
        ("川", "chuan"), ("丰", "feng"), ("海", "hai"), ("河", "he"), ("江", "jiang"), ("京", "jing"),
        ("林", "lin"), ("陵", "ling"), ("门", "men"), ("南", "nan"), ("平", "ping"), ("泉", "quan"),
        ("山", "shan"), ("水", "shui"), ("台", "tai"), ("通", "tong"), ("阳", "yang"), ("原", "yuan"),
        ("云", "yun"), ("庄", "zhuang"),
    ]

    static let provinceFirst: [(String, String)] = [
        ("滇", "dian"), ("闽", "min"), ("赣", "gan"), ("湘", "xiang"), ("皖", "wan"), ("蜀", "shu"),
        ("粤", "yue"), ("桂", "gui"),
    ]

    static let provinceSecond: [(String, String)] = [
        ("北", "bei"), ("南", "nan"), ("东", "dong"), ("西", "xi"), ("中", "zhong"), ("山", "shan"),
        ("江", "jiang"), ("海", "hai"),
    ]

    static let inventedProgrammes = ["访惠聚", "驻村帮扶", "驻村帮扶", "第一书记", "强基惠民"]

    // MARK: Townships and villages

    /// Syllables of Tibetan place names as written in Chinese.
    static let tibetanPlaceFirst = [
        "嘎", "如", "曲", "木", "纳", "朱", "措", "洛", "索", "莽", "宗", "昂", "帮", "戈", "徐", "扎",
        "拉", "多", "加", "查", "卡", "达", "热", "巴", "朗", "娘", "普", "吉", "雪", "觉", "岗", "日",
        "尼", "次", "贡", "萨", "江", "堆", "桑", "玉",
    ]
    static let tibetanPlaceSecond = [
        "托", "美", "孜", "许", "西", "瓦", "尼", "多", "岭", "达", "松", "卡", "龙", "雄", "曲", "木",
        "拉", "堆", "嘎", "觉", "宗", "巴", "朗", "日", "塘", "果", "布", "贡", "则", "林", "热", "雪",
    ]
    static let hanPlaceFirst = [
        "青", "白", "石", "黄", "柳", "桃", "金", "马", "龙", "凤", "梅", "竹", "松", "杨", "高", "新",
        "太", "永", "三", "双", "花", "沙", "水", "长", "安", "枫", "碧", "红", "宝", "兴",
    ]
    static let hanPlaceSecond = [
        "山", "河", "溪", "坪", "坝", "桥", "塘", "林", "湖", "岗", "口", "庄", "湾", "沟", "岭", "店",
        "营", "寨", "田", "园",
    ]

    // MARK: Sending units

    static let provincialDepartments = [
        "财政厅", "交通运输厅", "教育厅", "卫生健康委员会", "农业农村厅", "自然资源厅", "水利厅",
        "住房和城乡建设厅", "人力资源和社会保障厅", "审计厅", "统计局", "林业和草原局", "人民检察院",
        "发展和改革委员会", "生态环境厅", "商务厅",
    ]
    /// Company branches, named around the province's short name: `国网` + `西藏` + `电力有限公司`.
    static let provincialCompanies = [
        ("国网", "电力有限公司"), ("中国移动", "公司"), ("中国农业银行", "分行"), ("中国电信", "公司"), ("", "大学"),
    ]
    static let prefectureUnits = [
        "人民医院", "公安局", "教育局", "农业农村局", "财政局", "自然资源局", "市场监督管理局",
        "住房和城乡建设局", "职业技术学校", "人力资源和社会保障局",
    ]
    static let countyUnits = [
        "人民医院", "财政局", "农业农村局", "教育局", "公安局", "水利局", "人力资源和社会保障局",
        "林业和草原局", "供电公司", "民政局", "交通运输局", "中学",
    ]

    // MARK: People

    static let hanSurnames = [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
        "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾",
        "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁",
        "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "欧阳",
    ]
    static let hanGivenMale = [
        "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华", "飞",
        "波", "峰", "建国", "志强", "海涛", "文斌", "晓东", "建军", "永红", "国庆", "俊杰", "宏伟",
    ]
    static let hanGivenFemale = [
        "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "婷", "雪", "慧", "琳", "晶", "颖",
        "秀英", "桂兰", "海燕", "小红", "丽华", "雅琴", "晓梅", "春梅", "文静", "思雨",
    ]
    static let tibetanFirst = [
        "扎西", "次仁", "格桑", "洛桑", "丹增", "索朗", "平措", "尼玛", "达瓦", "边巴", "普布", "拉巴",
        "白玛", "旦增", "多吉", "强巴", "贡布", "土登", "益西", "米玛",
    ]
    static let tibetanSecondMale = [
        "多吉", "顿珠", "平措", "旺堆", "罗布", "次仁", "扎西", "加措", "坚参", "伦珠", "群培", "旺杰",
    ]
    static let tibetanSecondFemale = [
        "卓玛", "央金", "拉姆", "曲珍", "德吉", "措姆", "玉珍", "白珍", "央宗", "普赤", "卓嘎", "次珍",
    ]
}
