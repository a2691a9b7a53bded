namespace CpdLog.Web.Api.Paging;

using System.Text.Json.Nodes;
using Microsoft.OpenApi;

/// <summary>Marks an endpoint as a paged list: the filter, and its parameters and headers in the OpenAPI document.</summary>
public static class PagingEndpoints
{
    /// <summary>
    /// Pages this list endpoint with <see cref="PagingFilter"/> and documents <c>page</c>, <c>pageSize</c>,
    /// <c>X-Total-Count</c> and <c>Link</c>. The handler may page in the database by returning
    /// <c>query.ToPagedListAsync(http.RequestedPage(), ct)</c>; otherwise the filter cuts its list.
    /// </summary>
    public static TBuilder WithPaging<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddEndpointFilter(new PagingFilter());
        builder.WithMetadata(new PagedListMetadata());
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            Document(operation);
            return Task.CompletedTask;
        });
        return builder;
    }

    /// <summary>The page the filter accepted for this request (the first page when the endpoint is not paged).</summary>
    public static PageRequest RequestedPage(this HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Items.TryGetValue(typeof(PageRequest), out var request) && request is PageRequest page ? page : PageRequest.First;
    }

    private static void Document(OpenApiOperation operation)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = PageRequest.PageKey,
            In = ParameterLocation.Query,
            Description = "Which page to return, from 1 (default 1). A page after the last returns an empty array.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = PageRequest.MaxPage.ToString(System.Globalization.CultureInfo.InvariantCulture), Default = JsonValue.Create(1) },
        });
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = PageRequest.PageSizeKey,
            In = ParameterLocation.Query,
            Description = $"Rows per page (default {PageRequest.DefaultPageSize}, at most {PageRequest.MaxPageSize}). Out of range is a 400 problem naming the parameter.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = PageRequest.MaxPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture), Default = JsonValue.Create(PageRequest.DefaultPageSize) },
        });

        operation.Responses ??= [];
        if (!operation.Responses.TryGetValue("200", out var ok))
        {
            ok = new OpenApiResponse { Description = "OK" };
            operation.Responses["200"] = ok;
        }

        if (ok is OpenApiResponse response)
        {
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers[PagingFilter.TotalCountHeader] = new OpenApiHeader
            {
                Description = "How many rows the whole list has, on every page.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
            };
            response.Headers["Link"] = new OpenApiHeader
            {
                Description = "RFC 8288 links to the first, prev, next and last pages (prev and next only when they exist), as relative references: path and query, with every other query parameter kept.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
        }

        if (!operation.Responses.ContainsKey("400"))
        {
            operation.Responses["400"] = new OpenApiResponse { Description = "page or pageSize out of range (problem details keyed by the parameter name)" };
        }
    }
}
