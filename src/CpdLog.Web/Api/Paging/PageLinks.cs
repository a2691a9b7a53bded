namespace CpdLog.Web.Api.Paging;

using Microsoft.AspNetCore.Http.Extensions;

/// <summary>
/// Addresses of the other pages of the list being shown: the request's own path and query with <c>page</c> (and
/// <c>pageSize</c>) replaced, so search terms and filters carry over. They are relative references (path and query,
/// starting with the path base): never built from the Host header, and right behind any reverse proxy.
/// </summary>
public static class PageLinks
{
    /// <summary>
    /// The address of <paramref name="page"/> of the list <paramref name="request"/> asked for. A page that shows a
    /// second list names its page parameter (<paramref name="pageKey"/>), so each list keeps the other's page.
    /// </summary>
    public static string For(HttpRequest request, int page, int? pageSize, string pageKey = PageRequest.PageKey)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryBuilder();
        foreach (var (key, values) in request.Query)
        {
            if (!string.Equals(key, pageKey, StringComparison.OrdinalIgnoreCase) && !IsPageSizeKey(key))
            {
                query.Add(key, (IEnumerable<string>)values!);
            }
        }

        if (page != 1 || pageSize is not null)
        {
            query.Add(pageKey, page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (pageSize is { } size)
        {
            query.Add(PageRequest.PageSizeKey, size.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return request.PathBase.Add(request.Path).ToUriComponent() + query.ToQueryString().ToUriComponent();
    }

    /// <summary>The RFC 8288 <c>Link</c> header value: first, prev (unless on the first page), next (unless on the last), last.</summary>
    public static string Header(HttpRequest request, IPagedList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var last = PageSlicing.PageCount(list.TotalCount, list.Request.PageSize);
        var page = list.Request.Page;
        var size = list.Request.PageSize;
        var links = new StringBuilder();
        Append(links, For(request, 1, size), "first");
        if (page > 1)
        {
            Append(links, For(request, Math.Min(page - 1, last), size), "prev");
        }

        if (page < last)
        {
            Append(links, For(request, page + 1, size), "next");
        }

        Append(links, For(request, last, size), "last");
        return links.ToString();
    }

    private static bool IsPageSizeKey(string key) => string.Equals(key, PageRequest.PageSizeKey, StringComparison.OrdinalIgnoreCase);

    private static void Append(StringBuilder links, string url, string rel)
    {
        if (links.Length > 0)
        {
            links.Append(", ");
        }

        links.Append('<').Append(url).Append(">; rel=\"").Append(rel).Append('"');
    }
}
