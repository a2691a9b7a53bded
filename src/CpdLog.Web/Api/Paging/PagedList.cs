namespace CpdLog.Web.Api.Paging;

/// <summary>
/// One page of rows plus the whole list's count. It is a <see cref="List{T}"/>, so an endpoint that returns it still
/// answers with a plain JSON array; the count and links travel in headers (<see cref="PagingFilter"/>).
/// </summary>
public sealed class PagedList<T> : List<T>, IPagedList
{
    public PagedList(IEnumerable<T> rows, PageRequest request, int totalCount)
        : base(rows)
    {
        ArgumentNullException.ThrowIfNull(request);
        Request = request;
        TotalCount = totalCount;
    }

    public PageRequest Request { get; }

    public int TotalCount { get; }

    /// <summary>The number of pages (at least 1, so an empty list has one empty page).</summary>
    public int PageCount => PageSlicing.PageCount(TotalCount, Request.PageSize);

    /// <summary>The same page with each row converted (e.g. entity to DTO).</summary>
    public PagedList<TOut> Select<TOut>(Func<T, TOut> convert) => new(this.AsEnumerable().Select(convert), Request, TotalCount);
}
