using System.ComponentModel.DataAnnotations;

namespace DealBot.Knowledge.Qdrant;

/// <summary>Requires an absolute http or https URI, such as <c>http://localhost:6334</c>.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class HttpEndpointAttribute : ValidationAttribute
{
    /// <inheritdoc />
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        if (value is null)
        {
            return ValidationResult.Success;
        }

        return value is string text
            && Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? ValidationResult.Success
            : new ValidationResult(
                $"{validationContext.MemberName} must be an absolute http(s) URI such as http://localhost:6334.",
                validationContext.MemberName is null ? null : [validationContext.MemberName]);
    }
}
