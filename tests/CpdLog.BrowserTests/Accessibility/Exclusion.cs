namespace CpdLog.BrowserTests.Accessibility;

/// <summary>Something the accessibility suite does not check (an axe rule, a route or a request), with the reason.</summary>
public sealed record Exclusion(string What, string Reason);
