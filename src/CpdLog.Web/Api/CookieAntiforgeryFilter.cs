namespace CpdLog.Web.Api;

using Microsoft.AspNetCore.Antiforgery;

/// <summary>
/// Antiforgery for API endpoints that change data from a form post (uploads): a caller signed in by cookie, which a
/// browser sends along with a forged cross-site form, must also send the antiforgery token (form field
/// <c>__RequestVerificationToken</c> or header <c>RequestVerificationToken</c>). Bearer-token callers are exempt: a
/// browser never attaches their token by itself.
/// </summary>
public sealed class CookieAntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var bearer = http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        if (!bearer && !await antiforgery.IsRequestValidAsync(http))
        {
            return TypedResults.Problem(
                title: "Antiforgery token missing or invalid",
                detail: "Signed in with a cookie, send the page's __RequestVerificationToken with the form (or as the RequestVerificationToken header), or use a bearer token.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        return await next(context);
    }
}
