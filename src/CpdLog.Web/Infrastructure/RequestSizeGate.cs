namespace CpdLog.Web.Infrastructure;

using Microsoft.AspNetCore.Http.Features;

/// <summary>
/// Refuses a request whose declared body is larger than <c>Limits:MaxRequestBodyBytes</c> (default 30,000,000 bytes,
/// Kestrel's own default) with 413 before anything reads it, and sets the same limit on servers that enforce it while
/// reading (Kestrel, for bodies sent without a length). Pages then show the error page and the API answers with problem
/// details, instead of a read failing half-way through model binding.
/// </summary>
public sealed class RequestSizeGate(RequestDelegate next, IConfiguration configuration)
{
    public const long DefaultLimit = 30_000_000;

    private readonly long _limit = configuration.GetValue<long?>("Limits:MaxRequestBodyBytes") ?? DefaultLimit;

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > _limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = _limit;
        }

        return next(context);
    }
}
