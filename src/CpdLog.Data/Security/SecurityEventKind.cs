namespace CpdLog.Data.Security;

/// <summary>What happened; stored by name so new kinds never renumber old rows.</summary>
public enum SecurityEventKind
{
    SignedIn,
    SignInFailed,
    LockedOut,
    TwoFactorFailed,
    TwoFactorEnabled,
    TwoFactorDisabled,
    AuthenticatorReset,
    PasswordChanged,
    RefreshTokenReused,
    ExternalSignInRefused,
    ExternalLoginLinked,
    ExternalLoginRemoved,
    AccessTokenCreated,
    AccessTokenRevoked,
    AccessTokenRefused,
    EmailChanged,
    RecoveryCodesGenerated,
    PersonalDataDeleted,
    PasswordLinkSent,
    LeaverRecordErased,
}
