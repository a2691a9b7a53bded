namespace CpdLog.Web.Api.Paging;

/// <summary>Cutting a list into pages: in the database (count + skip/take) or in memory, with the same rules.</summary>
public static class PageSlicing
{
    public static int PageCount(int totalCount, int pageSize) => Math.Max(1, (int)((totalCount + (long)pageSize - 1) / pageSize));

    /// <summary>
    /// One page of an ordered query: one COUNT and one SELECT of at most <see cref="PageRequest.PageSize"/> rows. The
    /// query must already be in a total order (e.g. date descending, then id) so that pages neither overlap nor skip.
    /// </summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> query, PageRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(request);
        var total = await query.CountAsync(ct);
        var rows = request.Skip >= total ? [] : await query.Skip(request.Skip).Take(request.PageSize).ToListAsync(ct);
        return new PagedList<T>(rows, request, total);
    }

    /// <summary>One page of a list already in memory (already in its display order).</summary>
    public static PagedList<T> ToPagedList<T>(this IReadOnlyList<T> rows, PageRequest request)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(request);
        return new PagedList<T>(rows.Skip(request.Skip).Take(request.PageSize), request, rows.Count);
    }

    /// <summary>For a list page: like <see cref="ToPagedListAsync"/>, but a page after the last shows the last one.</summary>
    public static async Task<PagedList<T>> ToShownPageAsync<T>(this IQueryable<T> query, PageRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var page = await query.ToPagedListAsync(request, ct);
        var shown = request.Shown(page.TotalCount);
        return shown == request ? page : await query.ToPagedListAsync(shown, ct);
    }

    /// <summary>For a list page whose total is already counted: the request, with a page after the last made the last.</summary>
    public static PageRequest Shown(this PageRequest request, int totalCount)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request with { Page = Math.Min(request.Page, PageCount(totalCount, request.PageSize)) };
    }

    /// <summary>For a list page of rows already in memory: a page after the last shows the last one.</summary>
    public static PagedList<T> ToShownPage<T>(this IReadOnlyList<T> rows, PageRequest request)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(request);
        return rows.ToPagedList(request.Shown(rows.Count));
    }
}
