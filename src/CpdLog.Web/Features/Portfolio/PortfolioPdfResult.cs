namespace CpdLog.Web.Features.Portfolio;

using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

/// <summary>Serves an <see cref="IssuedPdf"/> from a minimal API endpoint or a Razor page handler.</summary>
public sealed class PortfolioPdfResult(IssuedPdf pdf) : IResult, IActionResult, IEndpointMetadataProvider
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        await using (pdf)
        {
            await pdf.WriteToAsync(httpContext);
        }
    }

    public Task ExecuteResultAsync(ActionContext context) => ExecuteAsync(context.HttpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(Stream), ["application/pdf"]));
}
