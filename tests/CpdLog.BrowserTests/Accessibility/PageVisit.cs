namespace CpdLog.BrowserTests.Accessibility;

/// <summary>One page to check: the route it comes from (as the route table gives it) and the address visited.</summary>
public sealed record PageVisit(string Route, string Url);
