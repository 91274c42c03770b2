using System.Text.RegularExpressions;

namespace ConversationalCare.Knowledge.Retrieval;

/// <summary>
/// Chinese customers often type the English shop word mid-sentence ("我的order在哪", "refund 多久到账").
/// Chinese articles don't contain those words, so in Chinese text they are translated before analysis.
/// </summary>
internal static partial class MixedLanguage
{
    private static readonly Dictionary<string, string> ToChinese = new(StringComparer.OrdinalIgnoreCase)
    {
        ["order"] = "订单", ["orders"] = "订单", ["refund"] = "退款", ["refunds"] = "退款", ["return"] = "退货",
        ["returns"] = "退货", ["exchange"] = "换货", ["password"] = "密码", ["account"] = "账号", ["login"] = "登录",
        ["invoice"] = "发票", ["coupon"] = "优惠券", ["coupons"] = "优惠券", ["voucher"] = "优惠券", ["parcel"] = "包裹",
        ["package"] = "包裹", ["delivery"] = "配送", ["shipping"] = "运费", ["tracking"] = "物流", ["points"] = "积分",
        ["member"] = "会员", ["membership"] = "会员", ["vip"] = "会员", ["email"] = "邮箱", ["cancel"] = "取消",
        ["payment"] = "支付", ["warranty"] = "保修", ["2fa"] = "两步验证",
    };

    public static string Bridge(string text, string language) =>
        language == "zh" && HasHan().IsMatch(text)
            ? LatinWord().Replace(text, m => ToChinese.TryGetValue(m.Value, out var chinese) ? $" {chinese} " : m.Value)
            : text;

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex HasHan();

    [GeneratedRegex(@"[A-Za-z0-9]+")]
    private static partial Regex LatinWord();
}
