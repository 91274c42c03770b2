namespace ConversationalCare.Bot.Understanding;

/// <summary>The support desk's vocabulary for intents, in English and Chinese, written by the team.</summary>
public static class IntentConcepts
{
    public static ConceptLexicon Lexicon { get; } = new(new Dictionary<string, string[]>
    {
        ["greet"] = ["hi ", "hii", "hello", "helo", "hey", "hiya", "morning", "evening", "afternoon", "anybody there", "anyone there", "你好", "您好", "在吗", "在不在", "在么", "在嘛", "有人吗", "有人在", "哈喽", "嗨", "早上好", "下午好", "晚上好", "早安"],
        ["thanks"] = ["thank", "thx", "ty ", "cheers", "appreciate", "love it", "loves", "happy with", "lovely", "well done", "excellent", "bye", "goodbye", "see you", "cya", "that's all", "that's it", "谢谢", "多谢", "谢了", "谢啦", "感谢", "拜拜", "再见", "辛苦", "没别的", "没有其他", "很喜欢", "点赞", "很棒", "真好"],
        ["delivery"] = ["parcel", "package", "packge", "deliver", "shipping", "shipped", "ship ", "dispatch", "courier", "tracking", "track", "arrive", "driver", "快递", "包裹", "物流", "发货", "发出", "送达", "配送", "签收", "到货", "派送", "单号", "送到", "到哪", "寄到", "运费", "快点到", "能到", "到了吗", "送来", "几号到"],
        ["order"] = ["order", "purchase", "bought", "订单", "下单", "下的单", "买的", "单子"],
        ["waiting"] = ["still", "yet", "when ", "how long", "waiting", "days", "week", "hasn't", "haven't", "还没", "多久", "什么时候", "几天", "等了", "还不", "没动静", "一直"],
        ["return"] = ["return", "send it back", "send back", "sending it back", "sent back", "sent it back", "send them back", "exchange", "swap", "replacement", "new one", "退货", "退回", "换货", "退掉", "寄回", "退换", "换个", "换一", "能退", "想退", "要退", "退了"],
        ["refund"] = ["refund", "refnd", "money back", "store credit", "退款", "退钱", "到账", "退到"],
        ["damage"] = ["broken", "broke", "damaged", "cracked", "chipped", "smashed", "crushed", "defective", "faulty", "scratch", "dent", "坏了", "碎", "裂", "破损", "划痕", "瑕疵", "压坏", "摔坏"],
        ["payment"] = ["pay", "paid", "card", "charge", "billed", "billing", "bill ", "invoice", "receipt", "price", "coupon", "discount", "promo", "voucher", "gift card", "installment", "paypal", "apple pay", "klarna", "afterpay", "tax", "£", "$", "€", "debited", "付款", "盗刷", "支付", "扣款", "扣钱", "扣了", "发票", "优惠", "分期", "价格", "账单", "刷卡", "信用卡", "银行卡", "微信支付", "支付宝", "花呗", "余额", "差价", "续费", "收费", "钱"],
        ["malfunction"] = ["not working", "doesn't work", "won't", "wont", "can't", "cant ", "cannot", "error", "crash", "freez", "frozen", "stuck", "bug", "no sound", "stopped", "keeps", "flicker", "spins", "blank", "fail", "不行", "用不了", "打不开", "连不上", "闪退", "报错", "卡住", "卡死", "没反应", "失灵", "不亮", "充不进", "白屏", "黑屏", "坏", "出错", "失败", "不上", "不了", "没声音", "卡"],
        ["account"] = ["log in", "login", "logged", "sign in", "signin", "password", "account", "verification", "code", "2fa", "two factor", "email", "hacked", "登录", "登不", "密码", "账号", "账户", "验证码", "注销", "邮箱", "被盗"],
        ["digital"] = ["app", "website", "site", "page", "browser", "link", "checkout", "cart", "basket", "firmware", "wifi", "bluetooth", "sync", "网站", "页面", "小程序", "网页", "购物车", "固件", "蓝牙", "同步", "app"],
        ["device"] = ["speaker", "earbuds", "headphones", "earphones", "tv", "vacuum", "kettle", "router", "lamp", "charger", "remote", "camera", "smartwatch", "blender", "coffee machine", "air fryer", "tablet", "音箱", "耳机", "电视", "吸尘器", "水壶", "路由器", "台灯", "充电器", "遥控器", "摄像头", "手表", "破壁机", "咖啡机", "空气炸锅", "平板", "电饭煲", "扫地机"],
        ["product"] = ["colour", "color", "size", "dimension", "material", "warranty", "in stock", "back in stock", "restock", "compatible", "model", "version", "specs", "waterproof", "recommend", "difference", "come in", "does the", "does it", "is the", "is this", "is it", "do you sell", "do you have", "have you got", "got any", "made of", "fit", "尺寸", "颜色", "材质", "保修", "有货", "现货", "补货", "兼容", "型号", "区别", "适合", "推荐", "这款", "这个", "有没有", "多大", "多重", "几档", "能不能放", "支持", "吗"],
        ["membership"] = ["lumen plus", "lumen club", "points", "member", "tier", "会员", "积分", "等级"],
        ["complain"] = ["terrible", "worst", "awful", "unacceptable", "ridiculous", "disgrace", "disgusting", "useless", "scam", "rip off", "rude", "complain", "disappointed", "never again", "bad review", "poor", "horrible", "joke", "shame", "furious", "angry", "fed up", "sick of", "lied", "rubbish", "had it with", "fob", "responsib", "treated", "投诉", "差评", "太差", "垃圾", "失望", "骗子", "离谱", "过分", "态度", "恶劣", "烂", "再也不", "受够", "生气", "火大", "没人管", "不理", "黑心", "丢人", "糟糕", "不负责", "气死", "曝光", "赔偿", "敷衍", "推来推去", "爱答不理", "没人负责", "骂人", "说法", "寒心", "老客户"],
        ["person"] = ["human", "person", "agent", "representative", "someone", "somebody", "staff", "manager", "supervisor", "customer service", "customer care", "customer support", "phone number", "call me", "call you", "operator", "live chat", "人工", "真人", "客服", "经理", "主管", "电话", "活人", "工作人员"],
        ["bot"] = ["bot", "robot", "机器人"],
        ["trivia"] = ["who ", "how far", "how tall", "how old", "how do i cook", "recipe", "weather", "joke", "poem", "story", "song", "movie", "book ", "write", "translate", "homework", "capital", "president", "history", "invent", "universe", "stock", "football", "world cup", "nba", "谁", "天气", "笑话", "诗", "故事", "歌", "电影", "翻译", "作业", "作文", "多高", "多远", "多长", "多少岁", "总统", "发明", "历史", "股票", "球赛", "怎么做", "菜", "吃什么", "几点", "星期几", "签证", "减肥", "外星人"],
    });
}
