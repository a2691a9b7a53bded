namespace CpdLog.Web.Features.Shared;

/// <summary>A start page a user's roles give them.</summary>
public sealed record LandingView(string Page, string Text, string Hint);
