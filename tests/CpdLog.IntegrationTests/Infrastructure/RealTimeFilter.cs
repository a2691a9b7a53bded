namespace CpdLog.IntegrationTests.Infrastructure;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

/// <summary>Keeps the factory's <c>FakeTimeProvider</c> on the real time, unless a test froze it, as each request starts.</summary>
public sealed class RealTimeFilter(CpdLogAppFactory factory) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
        {
            factory.FollowRealTime();
            return nextMiddleware(context);
        });
        next(app);
    };
}
