namespace CpdLog.Web.Api.Paging;

/// <summary>Endpoint metadata: this endpoint answers with one page of a list.</summary>
public sealed class PagedListMetadata;
