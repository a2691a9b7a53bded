namespace CpdLog.Web.Features.Shared;

/// <summary>A header link: the page it opens (its name, for <c>asp-page</c>) and the path prefix of its section.</summary>
public sealed record NavItem(string Text, string Page, string Prefix);
