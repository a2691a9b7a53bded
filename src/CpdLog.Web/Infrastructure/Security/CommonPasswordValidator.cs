namespace CpdLog.Web.Infrastructure.Security;

/// <summary>
/// Refuses a password found (ignoring case) in the shipped list of common passwords, <c>common-passwords.txt</c>:
/// the 49,233 passwords of <c>@zxcvbn-ts/language-common</c> 4.1.3 (npm, MIT licence, see docs/security.md).
/// Case is ignored so "Password1234" falls with "password1234".
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<CpdUser>
{
    public const string ErrorCode = "CommonPassword";

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public static int Count => Common.Value.Count;

    public static bool IsCommon(string password) => Common.Value.Contains(password.Trim());

    public Task<IdentityResult> ValidateAsync(UserManager<CpdUser> manager, CpdUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = ErrorCode,
                Description = "Your password is too common: it is on a list of passwords that attackers try first. Choose a different password.",
            })
            : IdentityResult.Success);

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("CpdLog.Web.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-passwords list is missing from the build.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                set.Add(line);
            }
        }

        return set;
    }
}
