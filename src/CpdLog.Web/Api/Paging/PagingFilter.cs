namespace CpdLog.Web.Api.Paging;

using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

/// <summary>
/// The one implementation of API paging. Before the handler: <c>page</c> and <c>pageSize</c> are checked (a 400
/// problem with the parameter names as keys otherwise) and the <see cref="PageRequest"/> is left for the handler
/// (<see cref="PagingEndpoints.RequestedPage(HttpContext)"/>). After it: a successful list answer becomes that page —
/// a list the handler already paged in the database (<see cref="PagedList{T}"/>) is kept, any other list is cut in
/// memory — and the response carries <c>X-Total-Count</c> and an RFC 8288 <c>Link</c> header. The body stays a plain
/// JSON array. Anything else (a CSV export, a 404, a validation problem) passes through untouched.
/// </summary>
public sealed class PagingFilter : IEndpointFilter
{
    public const string TotalCountHeader = "X-Total-Count";

    private static readonly ConcurrentDictionary<Type, Func<object, PageRequest, IPagedList>?> Slicers = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var (request, errors) = PageRequest.Parse(http.Request.Query);
        if (request is null)
        {
            return TypedResults.ValidationProblem(errors, title: "The page or page size is not valid");
        }

        http.Items[typeof(PageRequest)] = request;
        var result = await next(context);
        var inner = result;
        while (inner is INestedHttpResult nested)
        {
            inner = nested.Result;
        }

        if (inner is not IValueHttpResult { Value: { } value } || inner is IStatusCodeHttpResult { StatusCode: not (null or StatusCodes.Status200OK) })
        {
            return result;
        }

        if (value is IPagedList paged)
        {
            AddHeaders(http, paged);
            return result;
        }

        if (Slicers.GetOrAdd(value.GetType(), SlicerFor) is not { } slice)
        {
            return result;
        }

        var page = slice(value, request);
        AddHeaders(http, page);
        return TypedResults.Ok<object>(page);
    }

    private static void AddHeaders(HttpContext http, IPagedList list)
    {
        http.Response.Headers[TotalCountHeader] = list.TotalCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.Headers.Link = PageLinks.Header(http.Request, list);
    }

    /// <summary>For a list type (anything enumerable but a string or a dictionary), a function that cuts out one page.</summary>
    private static Func<object, PageRequest, IPagedList>? SlicerFor(Type type)
    {
        if (type == typeof(string) || type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>)))
        {
            return null;
        }

        var enumerable = type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        if (enumerable is null)
        {
            return null;
        }

        var method = typeof(PagingFilter).GetMethod(nameof(Slice), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(enumerable.GetGenericArguments()[0]);
        return method.CreateDelegate<Func<object, PageRequest, IPagedList>>();
    }

    [SuppressMessage("Performance", "CA1859:Use concrete types when possible for improved performance", Justification = "Bound by reflection as a Func<object, PageRequest, IPagedList> (SlicerFor).")]
    private static IPagedList Slice<T>(object rows, PageRequest request) => ((IEnumerable<T>)rows).ToList().ToPagedList(request);
}
