namespace CpdLog.Web.Features.Registrations;

/// <summary>
/// A "what to do next" item: the rule's next-step sentence and the form that does it (<see cref="Page"/>, with
/// <see cref="Route"/> as its route values, for <c>asp-page</c> and <c>asp-all-route-data</c>).
/// </summary>
public sealed record NextAction(string Code, string Text, string Page, IDictionary<string, string> Route, string LinkText);
