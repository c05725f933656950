using System.Globalization;

namespace DealBot.Core.Figures;

/// <summary>Reads the value of one numeral: Arabic ("8,000,000", "4.4"), Chinese ("五千亿", "四点四") or English ("ten").</summary>
internal static class NumeralParser
{
    /// <summary>Parses Arabic digits with optional thousands separators and decimals.</summary>
    public static bool TryParseArabic(ReadOnlySpan<char> text, out decimal value)
    {
        Span<char> buffer = stackalloc char[Math.Min(text.Length, 64)];
        var length = 0;
        foreach (var c in text)
        {
            if (c == ',')
            {
                continue;
            }

            if (length == buffer.Length)
            {
                value = 0;
                return false;
            }

            buffer[length++] = c;
        }

        return decimal.TryParse(buffer[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// Parses Chinese numerals: "十" = 10, "两" = 2, "一百" = 100, "一千零五" = 1005, "五千亿" = 5e11,
    /// "四点四" = 4.4. Mixed sections like "一万二" (colloquial 12,000) are read literally.
    /// </summary>
    public static bool TryParseChinese(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        var point = text.IndexOf('点');
        var integerPart = point < 0 ? text : text[..point];
        if (!TryParseChineseInteger(integerPart, out var integer))
        {
            return false;
        }

        value = integer;
        if (point < 0)
        {
            return true;
        }

        var scale = 0.1m;
        foreach (var c in text[(point + 1)..])
        {
            var digit = Digit(c);
            if (digit < 0)
            {
                return false;
            }

            if (!DecimalMath.TryAdd(value, digit * scale, out value))
            {
                return false;
            }

            scale /= 10;
        }

        return true;
    }

    /// <summary>Parses English number words up to ninety-nine, plus "twice" (2) and "thrice" (3).</summary>
    public static bool TryParseEnglish(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        var hyphen = text.IndexOf('-');
        if (hyphen >= 0)
        {
            var tens = EnglishWord(text[..hyphen]);
            var units = EnglishWord(text[(hyphen + 1)..]);
            if (tens < 20 || tens % 10 != 0 || units is < 1 or > 9)
            {
                return false;
            }

            value = tens + units;
            return true;
        }

        var word = EnglishWord(text);
        value = word;
        return word >= 0;
    }

    // Every step is checked: "一亿亿亿亿" (1e32) does not fit a decimal, so it is not a number at all.
    private static bool TryParseChineseInteger(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        decimal total = 0;   // completed 亿 sections
        decimal section = 0; // completed 万 sections below the current 亿
        decimal group = 0;   // below 万
        decimal digit = 0;
        var sawDigit = false;
        foreach (var c in text)
        {
            var d = Digit(c);
            if (d >= 0)
            {
                digit = d;
                sawDigit = true;
                continue;
            }

            switch (c)
            {
                case '十':
                case '百':
                case '千':
                    // "十二" means 12: a bare 十 stands for 一十.
                    if (!DecimalMath.TryAdd(group, (sawDigit ? digit : 1) * (c == '十' ? 10 : c == '百' ? 100 : 1000), out group))
                    {
                        return false;
                    }

                    digit = 0;
                    sawDigit = false;
                    break;
                case '万':
                    if (!DecimalMath.TryMultiply(group + digit, 10_000, out var tenThousands) || !DecimalMath.TryAdd(section, tenThousands, out section))
                    {
                        return false;
                    }

                    group = digit = 0;
                    sawDigit = false;
                    break;
                case '亿':
                    if (!DecimalMath.TryAdd(total, section + group + digit, out var below) || !DecimalMath.TryMultiply(below, 100_000_000, out total))
                    {
                        return false;
                    }

                    section = group = digit = 0;
                    sawDigit = false;
                    break;
                default:
                    return false;
            }
        }

        return DecimalMath.TryAdd(total, section + group + digit, out value);
    }

    private static int Digit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    private static int EnglishWord(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 16)];
        if (word.Length > lower.Length)
        {
            return -1;
        }

        word.ToLowerInvariant(lower);
        return lower switch
        {
            "zero" => 0,
            "one" => 1,
            "two" or "twice" => 2,
            "three" or "thrice" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            "ten" => 10,
            "eleven" => 11,
            "twelve" => 12,
            "thirteen" => 13,
            "fourteen" => 14,
            "fifteen" => 15,
            "sixteen" => 16,
            "seventeen" => 17,
            "eighteen" => 18,
            "nineteen" => 19,
            "twenty" => 20,
            "thirty" => 30,
            "forty" => 40,
            "fifty" => 50,
            "sixty" => 60,
            "seventy" => 70,
            "eighty" => 80,
            "ninety" => 90,
            _ => -1,
        };
    }
}
