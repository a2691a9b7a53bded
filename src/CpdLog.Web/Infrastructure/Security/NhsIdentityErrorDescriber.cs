namespace CpdLog.Web.Infrastructure.Security;

/// <summary>
/// Identity's error messages in the words of an NHS service: each says what is wrong and how to fix it, in sentence
/// case without a full stop (they are shown in the error summary and next to the field).
/// </summary>
public sealed class NhsIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort),
        string.Create(CultureInfo.InvariantCulture, $"Password must be {length} characters or more"));

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Password must include a capital letter");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Password must include a lower case letter");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Password must include a number");

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Password must include a symbol, like ! or #");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars),
        string.Create(CultureInfo.InvariantCulture, $"Password must use at least {uniqueChars} different characters"));

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Enter your current password correctly");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken),
        "This link has expired or has already been used. Ask for a new one");

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), "An account with this email address already exists");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), "An account with this email address already exists");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail),
        "Enter an email address in the correct format, like name@example.nhs.uk");

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "Your account already has a password: change it instead");

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), "Enter a recovery code you have not used before");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
