namespace CpdLog.Web.Api.Paging;

using Microsoft.Extensions.Primitives;

/// <summary>
/// Which page of a list to return: <c>page</c> (1-based, default 1) and <c>pageSize</c> (default 50, at most 500).
/// The same query parameters drive every API list and every list page.
/// </summary>
public sealed record PageRequest(int Page, int PageSize)
{
    public const string PageKey = "page";
    public const string PageSizeKey = "pageSize";
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    /// <summary>The largest page number accepted, so that (page - 1) × pageSize never overflows.</summary>
    public const int MaxPage = int.MaxValue / MaxPageSize;

    public static PageRequest First { get; } = new(1, DefaultPageSize);

    /// <summary>How many rows come before this page.</summary>
    public int Skip => (Page - 1) * PageSize;

    /// <summary>
    /// Reads <c>page</c> and <c>pageSize</c>; a value that is not a whole number in range gives a message keyed by the
    /// parameter's name (for RFC 7807 problem details) and a null request.
    /// </summary>
    public static (PageRequest? Request, Dictionary<string, string[]> Errors) Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new Dictionary<string, string[]>();
        var page = Read(query[PageKey], 1, 1, MaxPage, PageKey, $"Enter a page number from 1 to {UkFormat.Whole(MaxPage)}", errors);
        var size = Read(query[PageSizeKey], DefaultPageSize, 1, MaxPageSize, PageSizeKey, $"Enter a page size from 1 to {MaxPageSize}", errors);
        return errors.Count > 0 ? (null, errors) : (new PageRequest(page, size), errors);
    }

    /// <summary>For pages: the requested page, or the first page of the default size when the values are not usable.</summary>
    public static PageRequest ParseOrFirst(IQueryCollection query, int? pageSize = null)
    {
        var (request, _) = Parse(query);
        request ??= First;
        return pageSize is { } size ? request with { PageSize = size } : request;
    }

    /// <summary>
    /// For a second list on a page: its page number from <paramref name="pageKey"/> (the first page when unusable) and
    /// the default page size.
    /// </summary>
    public static PageRequest ParseOrFirst(IQueryCollection query, string pageKey)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = Read(query[pageKey], 1, 1, MaxPage, pageKey, "", []);
        return First with { Page = page };
    }

    private static int Read(StringValues values, int fallback, int min, int max, string name, string message, Dictionary<string, string[]> errors)
    {
        if (values.Count == 0)
        {
            return fallback;
        }

        if (values.Count == 1 && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors[name] = [values.Count > 1 ? $"Give {name} once. {message}" : message];
        return fallback;
    }
}
