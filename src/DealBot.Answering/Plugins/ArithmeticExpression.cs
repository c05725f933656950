using System.Globalization;

namespace DealBot.Answering.Plugins;

/// <summary>
/// Evaluates the machine form of a calculation ("100e9 / 10", "(100e9 - 10e9) / 10 * 100"): decimal numbers with an
/// optional exponent, + - * /, parentheses, the usual precedence. Anything else is a <see cref="CalculationException"/>.
/// </summary>
internal sealed class ArithmeticExpression
{
    private readonly string _text;
    private int _at;

    private ArithmeticExpression(string text) => _text = text;

    public static decimal Evaluate(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var parser = new ArithmeticExpression(expression);
        try
        {
            var value = parser.Sum();
            parser.SkipSpaces();
            return parser._at == expression.Length ? value : throw parser.Unexpected();
        }
        catch (OverflowException ex)
        {
            throw new CalculationException("The result is too large to compute.", ex);
        }
        catch (DivideByZeroException ex)
        {
            throw new CalculationException($"Cannot divide by zero in '{expression}'.", ex);
        }
    }

    private decimal Sum()
    {
        var value = Product();
        while (Next() is '+' or '-')
        {
            var op = _text[_at++];
            var right = Product();
            value = op == '+' ? value + right : value - right;
        }

        return value;
    }

    private decimal Product()
    {
        var value = Factor();
        while (Next() is '*' or '/')
        {
            var op = _text[_at++];
            var right = Factor();
            value = op == '*' ? value * right : value / right;
        }

        return value;
    }

    private decimal Factor()
    {
        switch (Next())
        {
            case '(':
                _at++;
                var inner = Sum();
                if (Next() != ')')
                {
                    throw Unexpected();
                }

                _at++;
                return inner;
            case '-':
                _at++;
                return -Factor();
            default:
                return Number();
        }
    }

    private decimal Number()
    {
        var start = _at;
        while (_at < _text.Length && (char.IsAsciiDigit(_text[_at]) || _text[_at] == '.'))
        {
            _at++;
        }

        if (_at == start || !decimal.TryParse(_text.AsSpan(start, _at - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var mantissa))
        {
            throw Unexpected();
        }

        if (_at < _text.Length && _text[_at] is 'e' or 'E')
        {
            var exponentStart = ++_at;
            if (_at < _text.Length && _text[_at] is '-' or '+')
            {
                _at++;
            }

            while (_at < _text.Length && char.IsAsciiDigit(_text[_at]))
            {
                _at++;
            }

            if (!int.TryParse(_text.AsSpan(exponentStart, _at - exponentStart), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exponent) || Math.Abs(exponent) > 28)
            {
                throw Unexpected();
            }

            for (var i = 0; i < Math.Abs(exponent); i++)
            {
                mantissa = exponent > 0 ? mantissa * 10 : mantissa / 10;
            }
        }

        return mantissa;
    }

    private char? Next()
    {
        SkipSpaces();
        return _at < _text.Length ? _text[_at] : null;
    }

    private void SkipSpaces()
    {
        while (_at < _text.Length && char.IsWhiteSpace(_text[_at]))
        {
            _at++;
        }
    }

    private CalculationException Unexpected() =>
        new(_at < _text.Length
            ? $"Cannot read the expression '{_text}' at '{_text[_at..]}': use numbers (100e9), + - * / and parentheses."
            : $"The expression '{_text}' ends too early: use numbers (100e9), + - * / and parentheses.");
}
