namespace CpdLog.Web.Features.Shared;

/// <summary>
/// What the NHS pagination partial (<c>_Pagination.cshtml</c>) shows for one page of a list: the page numbers around
/// the current one, previous/next, and "Showing 51 to 100 of 2,000". Links keep the page's query string (search terms
/// and filters) and change only <c>page</c>.
/// </summary>
public sealed class Pager
{
    private readonly Func<int, string> _url;

    public Pager(int page, int pageSize, int totalCount, Func<int, string> url)
    {
        ArgumentNullException.ThrowIfNull(url);
        PageCount = PageSlicing.PageCount(totalCount, pageSize);
        Page = Math.Clamp(page, 1, PageCount);
        PageSize = pageSize;
        TotalCount = totalCount;
        _url = url;
    }

    /// <summary>No rows: what a page model shows before its handler has read the list.</summary>
    public static Pager Empty { get; } = new(1, PageRequest.DefaultPageSize, 0, _ => "");

    public int Page { get; }

    public int PageSize { get; }

    public int PageCount { get; }

    public int TotalCount { get; }

    /// <summary>Singular and plural nouns for the rows, e.g. ("activity", "activities").</summary>
    public (string One, string Many) Noun { get; init; } = ("item", "items");

    public bool HasPages => PageCount > 1;

    public int FirstShown => TotalCount == 0 ? 0 : ((Page - 1) * PageSize) + 1;

    public int LastShown => Math.Min(Page * PageSize, TotalCount);

    public string? PreviousUrl => Page > 1 ? _url(Page - 1) : null;

    public string? NextUrl => Page < PageCount ? _url(Page + 1) : null;

    public string Url(int page) => _url(page);

    /// <summary>The numbered items: the first, the last, and the current page with one either side; null marks an ellipsis.</summary>
    public IReadOnlyList<int?> Items()
    {
        var shown = new SortedSet<int> { 1, PageCount };
        for (var p = Page - 1; p <= Page + 1; p++)
        {
            if (p >= 1 && p <= PageCount)
            {
                shown.Add(p);
            }
        }

        var items = new List<int?>();
        var previous = 0;
        foreach (var p in shown)
        {
            if (p - previous > 1)
            {
                items.Add(null);
            }

            items.Add(p);
            previous = p;
        }

        return items;
    }

    /// <summary>"Reflective accounts" → "reflective accounts"; "CPD activities" stays as it is.</summary>
    public static string InSentence(string noun) =>
        noun.Length > 1 && char.IsUpper(noun[0]) && char.IsLower(noun[1]) ? char.ToLowerInvariant(noun[0]) + noun[1..] : noun;

    /// <summary>
    /// The pager of one page of a list shown by <paramref name="request"/>; <paramref name="pageKey"/> names the page
    /// parameter of a second list on the same page.
    /// </summary>
    public static Pager For(HttpRequest request, IPagedList list, string one, string many, string pageKey = PageRequest.PageKey)
    {
        ArgumentNullException.ThrowIfNull(list);
        return new Pager(list.Request.Page, list.Request.PageSize, list.TotalCount, p => PageLinks.For(request, p, pageSize: null, pageKey)) { Noun = (InSentence(one), InSentence(many)) };
    }
}
