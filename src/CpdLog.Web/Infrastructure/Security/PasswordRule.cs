namespace CpdLog.Web.Infrastructure.Security;

/// <summary>The password rule in words, read from the configured <see cref="PasswordOptions"/> so the hint states what is enforced.</summary>
public static class PasswordRule
{
    public static string Describe(PasswordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var parts = new List<string>();
        if (options.RequireUppercase && options.RequireLowercase)
        {
            parts.Add("upper and lower case letters");
        }
        else if (options.RequireUppercase)
        {
            parts.Add("a capital letter");
        }
        else if (options.RequireLowercase)
        {
            parts.Add("a lower case letter");
        }

        if (options.RequireDigit)
        {
            parts.Add("a number");
        }

        if (options.RequireNonAlphanumeric)
        {
            parts.Add("a symbol, like ! or #");
        }

        var text = $"At least {options.RequiredLength} characters";
        if (parts.Count > 0)
        {
            text += ", with " + (parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1]);
        }

        return text + ". A short phrase of several words is easier to remember. Common passwords are refused.";
    }
}
