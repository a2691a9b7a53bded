namespace CpdLog.Web.Api.Paging;

using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

/// <summary>Endpoint metadata: this endpoint answers with one page of a list.</summary>
public sealed class PagedListMetadata;
