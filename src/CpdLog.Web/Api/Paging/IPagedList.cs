namespace CpdLog.Web.Api.Paging;

/// <summary>What the paging filter needs to know about a list that is already one page of a longer one.</summary>
public interface IPagedList
{
    PageRequest Request { get; }

    /// <summary>Rows in the whole list, on every page.</summary>
    int TotalCount { get; }
}
