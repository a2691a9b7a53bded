namespace CpdLog.BrowserTests.Accessibility;

/// <summary>
/// One page to check: the route it comes from (as the route table gives it), the address visited and the status it
/// answers by design (the not-found page answers 404).
/// </summary>
public sealed record PageVisit(string Route, string Url, int Status = 200);
