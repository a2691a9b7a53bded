namespace CpdLog.LoadTests;

/// <summary>A signed-in user as the load generator uses them: a cookie header for pages and a bearer token for the API.</summary>
internal sealed record Session(string Email, string Cookie, string Token, Guid RegistrationId, bool IsLineManager);
